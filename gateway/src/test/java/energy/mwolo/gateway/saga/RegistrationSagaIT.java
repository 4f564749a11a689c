package energy.mwolo.gateway.saga;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.gateway.Loopback;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.SharedKafka;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration end to end over the real broker, with the real identity-service and crm-service from their built
 * jars and an SMTP server in this JVM that identity mails to. A registration links nothing: only a confirmed address
 * does (identity's UserEmailConfirmed; crm links the client with that email or creates a prospect; identity records
 * it from crm's client event), and a refreshed token's {@code client_id} then opens {@code /api/crm/clients/me/}.
 * Someone registering with a customer's email gets neither the customer's records nor, once the customer resets
 * the password, the account. Confirmation links work once and expire ({@link #LINK_VALIDITY} here).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationSagaIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final Duration LINK_VALIDITY = Duration.ofSeconds(40);
    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final String PASSWORD = "Lualaba-Kolwezi-77";

    private static GreenMail mail;
    private static ServiceJarProcess identity;
    private static ServiceJarProcess crm;
    private static Api identityApi;
    private static Api crmApi;
    private static UUID agency;
    private static String lateEmail;
    private static Instant lateRegistration;

    @BeforeAll
    static void startServices() throws Exception {
        // Both fail before anything starts when a jar is missing.
        ServiceJarProcess.jar("identity-service");
        ServiceJarProcess.jar("crm-service");
        mail = new GreenMail(new ServerSetup(Loopback.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int identityPort = ServiceJarProcess.freePort();
        String issuer = "http://127.0.0.1:" + identityPort;
        identity = ServiceJarProcess.start("identity-service", "identity", identityPort, Map.of(
                "MWOLO_IDENTITY_ISSUER", issuer,
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", Integer.toString(mail.getSmtp().getPort()),
                "MWOLO_WEBSITE_URL", "https://www.mwolo.test",
                "MWOLO_EMAIL_CONFIRMATION_VALIDITY", LINK_VALIDITY.toSeconds() + "s"));
        crm = ServiceJarProcess.start("crm-service", "crm", ServiceJarProcess.freePort(), Map.of(
                "MWOLO_IDENTITY_ISSUER", issuer,
                "MWOLO_IDENTITY_JWKS_URI", issuer + "/.well-known/jwks.json"));
        identityApi = new Api(identity.url());
        crmApi = new Api(crm.url());
        agency = UUID.randomUUID();
        publishAgencyOpened(agency);
        // The link that expires is asked for first, so the other scenarios run while it ages.
        lateEmail = uniqueEmail("tardif");
        lateRegistration = Instant.now();
        Api.Reply late = Awaitility.await().atMost(SAGA).pollInterval(Duration.ofMillis(500))
                .until(() -> register(lateEmail, PASSWORD), RegistrationSagaIT::agencyKnown);
        assertThat(late.status()).as(late + "\n" + identity.tail()).isEqualTo(202);
    }

    @AfterAll
    static void stopServices() {
        if (crm != null) {
            crm.close();
        }
        if (identity != null) {
            identity.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    @Order(1)
    void aNewCustomerConfirmsTheAddressAndFindsTheirProspectWithARefreshedToken() {
        String email = uniqueEmail("saga");

        Api.Reply registered = register(email, PASSWORD);

        assertThat(registered.status()).as(registered + "\n" + identity.tail()).isEqualTo(202);
        assertThat(registered.json().has("access")).as("no session at registration").isFalse();
        Session session = signIn(email, PASSWORD);
        assertThat(claims(session.access).has("client_id")).as("first token's claims").isFalse();
        String link = token(awaitMails(email, 1).get(0));
        Api.Reply confirmed = confirm(link, PASSWORD);
        assertThat(confirmed.status()).as(confirmed + "\n" + identity.tail()).isEqualTo(204);

        String clientId = session.awaitClientId();

        Api.Reply mine = crmApi.get("/api/crm/clients/me/").as(session.access).send();
        assertThat(mine.status()).as(mine + "\n" + crm.tail()).isEqualTo(200);
        assertThat(mine.json().path("id").asString()).isEqualTo(clientId);
        assertThat(mine.json().path("email").asString()).isEqualTo(email);
        assertThat(mine.json().path("status").asString()).isEqualTo("prospect");
        assertThat(mine.json().path("phone").asString()).isEqualTo("+243812345678");
        Api.Reply reused = confirm(link, PASSWORD);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.code()).isEqualTo("registration.confirmation_used");
    }

    @Test
    @Order(2)
    void registeringWithAClientsEmailGetsNoRecordAndTheClientTakesTheAccountBackWithAPasswordReset() {
        String staff = signIn("commercial@mwolo.local", "commercial123").access;
        String victim = uniqueEmail("victime");
        Api.Reply created = crmApi.post("/api/crm/clients/", Map.of("kind", "individual", "first_name", "Grâce",
                "last_name", "Mukendi", "email", victim, "phone", "0998765432")).as(staff).send();
        assertThat(created.status()).as(created + "\n" + crm.tail()).isEqualTo(201);
        String client = created.json().path("id").asString();

        Api.Reply attempt = register(victim, PASSWORD);

        assertThat(attempt.status()).isEqualTo(202);
        Session intruder = signIn(victim, PASSWORD);
        for (int i = 0; i < 5; i++) {
            ServiceJarProcess.sleep(1000);
            assertThat(intruder.refreshedClaims().has("client_id")).as("the intruder's token, refresh " + i)
                    .isFalse();
        }
        assertThat(crmApi.get("/api/crm/clients/me/").as(intruder.access).send().status()).isEqualTo(404);
        assertThat(crmApi.get("/api/crm/clients/").as(intruder.access).send().json().path("count").asInt())
                .isZero();
        assertThat(crmApi.get("/api/crm/clients/" + client + "/").as(staff).send().json().path("user").isNull())
                .isTrue();
        String link = token(awaitMails(victim, 1).get(0));
        assertThat(confirm(link, "Le-Client-Ne-Le-Connait-Pas").status())
                .as("the client cannot confirm an account whose password someone else chose").isEqualTo(400);

        identityApi.post("/api/auth/password/reset/", Map.of("email", victim)).send();
        String reset = token(awaitMails(victim, 2).get(1));
        Api.Reply newPassword = identityApi.post("/api/auth/password/reset/confirm/", Map.of("token", reset,
                "new_password", "Cliente-Legitime-Kinshasa")).send();

        assertThat(newPassword.status()).as(newPassword.toString()).isEqualTo(204);
        assertThat(identityApi.post("/api/auth/login/", Map.of("email", victim, "password", PASSWORD)).send()
                .status()).isEqualTo(401);
        assertThat(identityApi.post("/api/auth/refresh/", Map.of("refresh", intruder.refresh)).send().status())
                .isEqualTo(401);
        Session owner = signIn(victim, "Cliente-Legitime-Kinshasa");
        assertThat(owner.awaitClientId()).isEqualTo(client);
        Api.Reply mine = crmApi.get("/api/crm/clients/me/").as(owner.access).send();
        assertThat(mine.json().path("id").asString()).isEqualTo(client);
        assertThat(mine.json().path("first_name").asString()).isEqualTo("Grâce");
    }

    @Test
    @Order(3)
    void aKnownEmailOpensNoSecondAccountAndItsOwnerIsTold() {
        String email = uniqueEmail("titulaire");
        register(email, PASSWORD);
        awaitMails(email, 1);

        Api.Reply again = register(email.toUpperCase(), "Un-Autre-Mot-De-Passe-2026");

        assertThat(again.status()).isEqualTo(202);
        Received notice = awaitMails(email, 2).get(1);
        assertThat(notice.subject()).isEqualTo("Mwolo Energy : tentative d’inscription avec votre adresse");
        assertThat(notice.text()).doesNotContain("token=");
        assertThat(identityApi.post("/api/auth/login/", Map.of("email", email, "password",
                "Un-Autre-Mot-De-Passe-2026")).send().status()).isEqualTo(401);
        assertThat(signIn(email, PASSWORD).access).isNotBlank();
    }

    @Test
    @Order(4)
    void anExpiredLinkIsGoneAndANewOneConfirms() {
        String link = token(awaitMails(lateEmail, 1).get(0));
        Duration left = Duration.between(Instant.now(), lateRegistration.plus(LINK_VALIDITY).plusSeconds(2));
        if (!left.isNegative()) {
            ServiceJarProcess.sleep(left.toMillis());
        }

        Api.Reply expired = confirm(link, PASSWORD);

        assertThat(expired.status()).as(expired.toString()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("registration.confirmation_expired");
        assertThat(identityApi.post("/api/auth/register/resend/", Map.of("email", lateEmail)).send().status())
                .isEqualTo(202);
        assertThat(confirm(token(awaitMails(lateEmail, 2).get(1)), PASSWORD).status()).isEqualTo(204);
    }

    private static Api.Reply register(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kalala");
        body.put("phone", "0812345678");
        body.put("agency", agency.toString());
        return identityApi.post("/api/auth/register/", body).send();
    }

    /** identity learns of the agency asynchronously: it refuses the agency (400) until then. */
    private static boolean agencyKnown(Api.Reply reply) {
        return reply.status() != 400 || !reply.fieldsInError().contains("agency");
    }

    private static Api.Reply confirm(String token, String password) {
        return identityApi.post("/api/auth/register/confirm/", Map.of("token", token, "password", password)).send();
    }

    private static Session signIn(String email, String password) {
        Api.Reply reply = identityApi.post("/api/auth/login/", Map.of("email", email, "password", password)).send();
        assertThat(reply.status()).as(reply + "\n" + identity.tail()).isEqualTo(200);
        return new Session(reply.json().path("access").asString(), reply.json().path("refresh").asString());
    }

    /** The mails GreenMail delivered to {@code address}'s mailbox, oldest first, once there are {@code count}. */
    private static List<Received> awaitMails(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true)
                        .map(Received::of).toList(), messages -> messages.size() >= count);
    }

    private static String token(Received message) {
        Matcher matcher = TOKEN.matcher(message.text());
        assertThat(matcher.find()).as("a token link in: " + message.text()).isTrue();
        return matcher.group(1);
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.cd";
    }

    /** As geo-service would: the contract record as JSON, the agency id as key, CloudEvents headers. */
    private static void publishAgencyOpened(UUID agency) throws Exception {
        String code = "SG" + Integer.toString((int) (Math.random() * 900_000) + 100_000);
        AgencyOpened event = new AgencyOpened(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null,
                "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 555 0142", null, null, null, null, null, true,
                Instant.now());
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.start().bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "geo-service-stand-in-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(AgencyOpened.CONTRACT.topic(),
                    agency.toString(), ContractJson.write(event));
            record.headers()
                    .add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()))
                    .add(CloudEventHeaders.TYPE, bytes(AgencyOpened.CONTRACT.type()))
                    .add(CloudEventHeaders.SOURCE, bytes(AgencyOpened.CONTRACT.source()))
                    .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                    .add(CloudEventHeaders.SUBJECT, bytes(agency.toString()))
                    .add(CloudEventHeaders.DATA_SCHEMA, bytes(AgencyOpened.CONTRACT.dataSchema()))
                    .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a JWS compact token").hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A mail as the person reads it. */
    private record Received(String subject, String text) {

        static Received of(MimeMessage message) {
            try {
                return new Received(message.getSubject(), message.getContent().toString());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A signed-in person; refresh tokens rotate, so the session always spends the newest one. */
    private static final class Session {

        private String access;
        private String refresh;

        private Session(String access, String refresh) {
            this.access = access;
            this.refresh = refresh;
        }

        JsonNode refreshedClaims() {
            Api.Reply reply = identityApi.post("/api/auth/refresh/", Map.of("refresh", refresh)).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            access = reply.json().path("access").asString();
            refresh = reply.json().path("refresh").asString();
            return claims(access);
        }

        /** Refreshes until the token carries a client id (the saga is asynchronous) and answers it. */
        String awaitClientId() {
            JsonNode claims = Awaitility.await().atMost(SAGA).pollInterval(Duration.ofSeconds(1))
                    .until(this::refreshedClaims, c -> c.path("client_id").isString());
            return claims.path("client_id").asString();
        }
    }
}
