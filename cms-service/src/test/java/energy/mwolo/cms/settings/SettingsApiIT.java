package energy.mwolo.cms.settings;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
