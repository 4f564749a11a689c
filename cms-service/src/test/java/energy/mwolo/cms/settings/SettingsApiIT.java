package energy.mwolo.cms.settings;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SettingsApiIT extends AbstractApiIT {

    @Test
    void staffReplaceTheSettingsAndTheWebsiteReadsThemInItsLanguage() {
        Api.Reply replaced = api.put("/api/cms/settings/", Map.of("company_name", "Mwolo Energy SA",
                "phone", "+243 81 000 0000", "email", "contact@mwolo.energy", "hero_title_fr", "L’énergie pour tous",
                "hero_title_en", "Energy for all", "facebook_url", "https://facebook.com/mwolo")).as(Tokens.admin())
                .send();

        Api.Reply english = api.get("/api/cms/settings/?lang=en").send();

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(english.json().path("company_name").asString()).isEqualTo("Mwolo Energy SA");
        assertThat(english.json().path("hero_title").asString()).isEqualTo("Energy for all");
        assertThat(english.header("ETag")).isNotBlank();
    }

    @Test
    void aSocialLinkMustBeAnHttpAddressAndAnonymousCannotChangeAnything() {
        Api.Reply badLink = api.put("/api/cms/settings/", Map.of("company_name", "X",
                "facebook_url", "javascript:alert(1)")).as(Tokens.admin()).send();
        Api.Reply anonymous = api.put("/api/cms/settings/", Map.of("company_name", "X")).send();
        Api.Reply partner = post("/api/cms/partners/", Map.of("name", "SNEL", "website_url", "https://snel.cd",
                "position", 1), null);

        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.code()).isEqualTo("cms.validation.url");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(partner.status()).isEqualTo(401);
    }

    @Test
    void theSettingsListTheOpenAgenciesWithTheAddressesGeoAnnouncedAndTheirEtagChangesWithThem() {
        UUID agency = UUID.randomUUID();
        String code = "AG-KN-" + agency.toString().substring(0, 4).toUpperCase();
        Instant at = Instant.parse("2026-03-02T07:30:00Z");
        String before = api.get("/api/cms/settings/").send().header("ETag");

        try (ServiceEvents geo = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.GEO)) {
            geo.publish(AgencyOpened.CONTRACT, agency, new AgencyOpened(agency, code, "Agence de Limete",
                    UUID.randomUUID(), "KN", "CD", null, "12, avenue Kabambare, Limete, Kinshasa", "+243810000104",
                    "limete@mwolo.energy", null, null, null, null, true, at));
            JsonNode listed = Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> agencyIn(api.get("/api/cms/settings/").send(), code), found -> !found.isMissingNode());
            String after = api.get("/api/cms/settings/").send().header("ETag");

            assertThat(listed.path("name").asString()).isEqualTo("Agence de Limete");
            assertThat(listed.path("address").asString()).isEqualTo("12, avenue Kabambare, Limete, Kinshasa");
            assertThat(listed.path("phone").asString()).isEqualTo("+243810000104");
            assertThat(listed.path("email").asString()).isEqualTo("limete@mwolo.energy");
            assertThat(after).isNotBlank().isNotEqualTo(before);

            geo.publish(AgencyClosed.CONTRACT, agency, new AgencyClosed(agency, code, at.plusSeconds(3600)));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> agencyIn(api.get("/api/cms/settings/").send(), code).isMissingNode());
        }
    }

    private static JsonNode agencyIn(Api.Reply settings, String code) {
        for (JsonNode agency : settings.json().path("agencies")) {
            if (code.equals(agency.path("code").asString())) {
                return agency;
            }
        }
        return settings.json().path("no-such-agency");
    }
}
