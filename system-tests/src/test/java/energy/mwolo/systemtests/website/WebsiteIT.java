package energy.mwolo.systemtests.website;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.systemtests.RunningPlatform;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The website's side of the platform behind the real gateway: anonymous visitors read published content and send
 * the contact form, which becomes a prospect in crm; they cannot write content.
 */
class WebsiteIT {

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM,
            ServiceCatalogue.CMS).withGateway();

    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }

    private String admin() {
        Reply signedIn = gateway().post("/api/auth/login/",
                Map.of("email", "admin@mwolo.local", "password", "admin123")).send();
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        return signedIn.json().path("access").asString();
    }

    @Test
    void theContactFormCreatesAProspectInCrm() {
        String email = "prospect." + UUID.randomUUID() + "@example.cd";

        Reply sent = gateway().post("/api/cms/leads/", Map.of("name", "Grâce Mbuyi", "email", email,
                "phone", "+243 99 123 4567", "subject", "Raccordement",
                "message", "Je souhaite raccorder ma boutique à Ngaliema.")).from("203.0.113.10").send();

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        String token = admin();
        Reply found = Awaitility.await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway().get("/api/crm/clients/?email=" + email).as(token).send(),
                        reply -> reply.status() == 200 && reply.json().path("count").asLong() == 1);
        assertThat(found.json().path("results").get(0).path("last_name").asString()).isEqualTo("Mbuyi");
    }

    @Test
    void theDevProfileSeedsTheHomePageServicesAndFaqsInFrenchAndEnglish() {
        Reply home = gateway().get("/api/cms/pages/accueil/").send();
        Reply english = gateway().get("/api/cms/pages/home/?lang=en").send();
        Reply services = gateway().get("/api/cms/services/").header("Accept-Language", "en").send();
        Reply faqs = gateway().get("/api/cms/faqs/").send();

        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        assertThat(english.json().path("title").asString()).isEqualTo("Home");
        assertThat(services.json().path("count").asLong()).isEqualTo(4);
        assertThat(services.body()).contains("Prepaid meters");
        assertThat(faqs.json().path("count").asLong()).isEqualTo(5);
    }

    @Test
    void anonymousVisitorsReadPublishedPagesButCannotWriteOne() {
        String token = admin();
        String slug = "site-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> page = Map.of("fr", Map.of("slug", slug, "title", "Accueil",
                "content", "<p>Bienvenue</p><script>alert(1)</script>"), "publish", true);

        Reply anonymous = gateway().post("/api/cms/pages/", page).send();
        Reply created = gateway().post("/api/cms/pages/", page).as(token).send();
        Reply read = gateway().get("/api/cms/pages/" + slug + "/").send();
        Reply revalidated = gateway().get("/api/cms/pages/" + slug + "/").header("If-None-Match", read.header("ETag"))
                .send();

        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("content").asString()).isEqualTo("<p>Bienvenue</p>");
        assertThat(revalidated.status()).isEqualTo(304);
    }
}
