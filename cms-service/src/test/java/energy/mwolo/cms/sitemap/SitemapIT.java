package energy.mwolo.cms.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SitemapIT extends AbstractApiIT {

    @Test
    void listsPublishedPagesInEachLanguageAndNoDraft() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        post("/api/cms/pages/", Map.of("fr", Map.of("slug", "carte-" + tag, "title", "Carte"),
                "en", Map.of("slug", "map-" + tag, "title", "Map"), "publish", true), Tokens.admin());
        post("/api/cms/pages/", Map.of("fr", Map.of("slug", "secret-" + tag, "title", "Secret")), Tokens.admin());

        Api.Reply sitemap = api.get("/api/cms/sitemap.xml").send();

        assertThat(sitemap.status()).as(sitemap.toString()).isEqualTo(200);
        assertThat(sitemap.contentType()).startsWith("application/xml");
        assertThat(sitemap.body()).contains("<loc>https://www.mwolo.test/fr/carte-" + tag + "</loc>",
                "<loc>https://www.mwolo.test/en/map-" + tag + "</loc>").doesNotContain("secret-" + tag);
        assertThat(sitemap.header("ETag")).isNotBlank();
    }
}
