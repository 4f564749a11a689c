package energy.mwolo.embedded.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import energy.mwolo.contracts.ContractJson;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mails sent over real SMTP connections on loopback, read back through the catcher's HTTP listing. */
class SmtpCatcherIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SENDER = "Mwolo Energy <no-reply@mwolo.energy>";

    private SmtpCatcher catcher;

    @BeforeEach
    void startTheCatcher() {
        catcher = SmtpCatcher.start();
    }

    @AfterEach
    void stopTheCatcher() {
        catcher.close();
    }

    @Test
    void aMailSentThroughSmtpIsListedDecodedAsAPersonReadsIt() throws Exception {
        Instant before = Instant.now();
        String text = "Bonjour Grâce,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien : "
                + "https://www.mwolo.test/reinitialiser-mot-de-passe?token=Abc_123-xyz\n\n"
                + "À bientôt, l’équipe Mwolo.";
        MimeMessage mail = mail("grace.mukendi@example.cd", "Mwolo Energy : réinitialisation de votre mot de passe");
        mail.setText(text, "UTF-8");

        Transport.send(mail);

        HttpResponse<String> listing = get("/messages");
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode messages = ContractJson.mapper().readTree(listing.body());
        assertThat(messages.size()).isEqualTo(1);
        JsonNode caught = messages.get(0);
        assertThat(caught.path("from").asString()).isEqualTo(SENDER);
        assertThat(caught.path("to").get(0).asString()).isEqualTo("grace.mukendi@example.cd");
        assertThat(caught.path("subject").asString())
                .isEqualTo("Mwolo Energy : réinitialisation de votre mot de passe");
        // SMTP ends the data on a new line: the transfer may add one after the last line.
        assertThat(caught.path("text").asString().replace("\r\n", "\n").stripTrailing()).isEqualTo(text);
        assertThat(Instant.parse(caught.path("received_at").asString())).isBetween(before, Instant.now());

        HttpResponse<String> one = get("/messages/" + caught.path("id").asLong());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(ContractJson.mapper().readTree(one.body())).isEqualTo(caught);
    }

    @Test
    void listsNewestFirstAndFiltersByAnyRecipientIgnoringCase() throws Exception {
        send("kalala@example.cd", "Premier");
        MimeMessage copied = mail("mbuyi@example.cd", "Deuxième");
        copied.addRecipient(RecipientType.BCC, new InternetAddress("Kalala@Example.cd"));
        copied.setText("avec copie cachée", "UTF-8");
        Transport.send(copied);
        send("mbuyi@example.cd", "Troisième");

        assertThat(subjects("/messages")).containsExactly("Troisième", "Deuxième", "Premier");
        assertThat(subjects("/messages?to=KALALA@example.cd")).containsExactly("Deuxième", "Premier");
        assertThat(subjects("/messages?to=nobody@example.cd")).isEmpty();
        assertThat(catcher.messagesTo("mbuyi@example.cd")).extracting(CaughtMail::subject)
                .containsExactly("Troisième", "Deuxième");
    }

    @Test
    void aMailWithTextAndHtmlShowsItsText() throws Exception {
        MimeMessage mail = mail("tshala@example.cd", "Confirmez votre adresse");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Confirmez votre adresse : https://www.mwolo.test/confirmer?token=t1", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Confirmez <a href=\"https://www.mwolo.test/confirmer?token=t1\">ici</a></p>",
                "text/html; charset=UTF-8");
        alternative.addBodyPart(html);
        alternative.addBodyPart(plain);
        mail.setContent(alternative);

        Transport.send(mail);

        assertThat(catcher.messages()).singleElement().extracting(CaughtMail::text)
                .isEqualTo("Confirmez votre adresse : https://www.mwolo.test/confirmer?token=t1");
    }

    @Test
    void speaksSmtpToAClientThatWritesItByHand() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), catcher.smtpPort())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("220 ");
            assertThat(command(in, out, "HELO test")).startsWith("250");
            assertThat(command(in, out, "RCPT TO:<a@example.cd>")).as("no sender yet").startsWith("503");
            assertThat(command(in, out, "DATA")).as("no recipient yet").startsWith("503");
            assertThat(command(in, out, "MAIL FROM:<robot@example.cd> SIZE=100")).startsWith("250");
            assertThat(command(in, out, "RCPT TO:<a@example.cd>")).startsWith("250");
            assertThat(command(in, out, "BDAT 10")).startsWith("502");
            assertThat(command(in, out, "DATA")).startsWith("354");
            String reply = command(in, out, "Subject: points\r\n\r\n..un point au debut\r\n...\r\nfin\r\n.");
            assertThat(reply).startsWith("250");
            assertThat(command(in, out, "QUIT")).startsWith("221");
        }

        CaughtMail caught = catcher.messages().get(0);
        assertThat(caught.from()).as("no From header: the envelope's sender").isEqualTo("robot@example.cd");
        assertThat(caught.subject()).isEqualTo("points");
        assertThat(caught.text()).isEqualTo(".un point au debut\r\n..\r\nfin\r\n");
    }

    @Test
    void anUnknownMailIsNotFoundAndDeletingForgetsEveryMailWhileIdsKeepIncreasing() throws Exception {
        send("kabila@example.cd", "Avant");
        long first = catcher.messages().get(0).id();

        assertThat(get("/messages/999").statusCode()).isEqualTo(404);
        assertThat(get("/messages/abc").statusCode()).isEqualTo(404);
        HttpResponse<String> deleted = HTTP.send(request("/messages").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(ContractJson.mapper().readTree(get("/messages").body()).size()).isZero();
        assertThat(get("/messages/" + first).statusCode()).isEqualTo(404);

        send("kabila@example.cd", "Après");
        assertThat(catcher.messages()).singleElement().extracting(CaughtMail::id).isEqualTo(first + 1);
        HttpResponse<String> put = HTTP.send(request("/messages").PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, DELETE");
    }

    @Test
    void aPortInUseIsRefusedNamingIt() {
        assertThatIllegalStateException().isThrownBy(() -> SmtpCatcher.start(catcher.smtpPort(), 0))
                .withMessageContaining("Port " + catcher.smtpPort() + " for the SMTP catcher is in use");
        assertThatIllegalStateException().isThrownBy(() -> SmtpCatcher.start(0, catcher.httpPort()))
                .withMessageContaining("Port " + catcher.httpPort() + " for the SMTP catcher's listing is in use");
    }

    private MimeMessage mail(String to, String subject) throws MessagingException, UnsupportedEncodingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", catcher.host());
        properties.put("mail.smtp.port", Integer.toString(catcher.smtpPort()));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress("no-reply@mwolo.energy", "Mwolo Energy"));
        mail.setRecipient(RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        return mail;
    }

    private void send(String to, String subject) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mail = mail(to, subject);
        mail.setText("Message : " + subject, "UTF-8");
        Transport.send(mail);
    }

    private List<String> subjects(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return ContractJson.mapper().readTree(response.body()).valueStream()
                .map(mail -> mail.path("subject").asString()).toList();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + catcher.httpPort() + path))
                .timeout(Duration.ofSeconds(5));
    }

    /** Sends one command (or data) line and answers the reply's last line. */
    private static String command(BufferedReader in, OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String reply = in.readLine();
        while (reply != null && reply.length() > 3 && reply.charAt(3) == '-') {
            reply = in.readLine();
        }
        return reply;
    }
}
