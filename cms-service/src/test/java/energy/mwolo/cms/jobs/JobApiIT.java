package energy.mwolo.cms.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class JobApiIT extends AbstractApiIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    private UUID offer(boolean published) {
        Api.Reply created = post("/api/cms/job-offers/", Map.of("title_fr", "Technicien réseau",
                "title_en", "Network technician", "description_fr", "<p>Poste à Kinshasa</p>",
                "location", "Kinshasa", "contract_type", "cdi", "is_published", published), Tokens.admin());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    /** A multipart form as the website sends it. */
    private HttpResponse<String> apply(UUID offer, String email, byte[] cv, String honeypot) throws Exception {
        String boundary = "----mwolo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = honeypot == null ? Map.of("name", "Jeanne Ilunga", "email", email)
                : Map.of("name", "Jeanne Ilunga", "email", email, "website", honeypot);
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(cv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cms/job-offers/"
                        + offer + "/applications/"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long applicationsFrom(String email) {
        return jdbc.sql("SELECT count(*) FROM job_applications WHERE email = ?").param(email).query(Long.class)
                .single();
    }

    @Test
    void anApplicationWithAPdfCvReachesHrWhoDownloadsTheCv() throws Exception {
        UUID offer = offer(true);
        String email = "jeanne." + UUID.randomUUID() + "@example.cd";

        HttpResponse<String> sent = apply(offer, email, PDF, null);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        Api.Reply list = api.get("/api/cms/job-applications/?job_offer=" + offer).as(Tokens.hr()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("results").get(0).path("email").asString()).isEqualTo(email);
        Api.Reply cv = api.get(list.json().path("results").get(0).path("cv").asString()).as(Tokens.hr()).send();
        assertThat(cv.status()).isEqualTo(200);
        assertThat(cv.contentType()).isEqualTo("application/pdf");
        assertThat(cv.header("Content-Disposition")).startsWith("attachment");
        assertThat(cv.body()).startsWith("%PDF-1.7");
    }

    @Test
    void aCvThatIsNoPdfByItsBytesIsRefusedWhateverItsName() throws Exception {
        UUID offer = offer(true);
        String email = "faux." + UUID.randomUUID() + "@example.cd";

        HttpResponse<String> sent = apply(offer, email, "<html><script>alert(1)</script>".getBytes(), null);

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).contains("cms.upload.not_pdf");
        assertThat(applicationsFrom(email)).isZero();
    }

    @Test
    void aDraftOfferTakesNoApplicationAndARobotIsAnsweredButIgnored() throws Exception {
        String email = "robot." + UUID.randomUUID() + "@example.cd";

        HttpResponse<String> draft = apply(offer(false), email, PDF, null);
        HttpResponse<String> robot = apply(offer(true), email, PDF, "http://spam.example");

        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(robot.statusCode()).isEqualTo(202);
        assertThat(applicationsFrom(email)).isZero();
    }

    @Test
    void applicationsAreNotForThePublicNorForClients() {
        assertThat(api.get("/api/cms/job-applications/").send().status()).isEqualTo(401);
        assertThat(api.get("/api/cms/job-applications/").as(Tokens.client()).send().status()).isEqualTo(403);
    }
}
