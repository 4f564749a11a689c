package energy.mwolo.cms.sitemap;

import energy.mwolo.cms.CmsProperties;
import energy.mwolo.cms.caching.PublicContent;
import io.swagger.v3.oas.annotations.Operation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /api/cms/sitemap.xml}: the sitemaps.org XML of the published pages and posts under
 * {@code mwolo.cms.website-url}, each with the day of its last change.
 */
@RestController
class SitemapController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final SitemapEntries entries;
    private final String website;

    SitemapController(SitemapEntries entries, CmsProperties properties) {
        this.entries = entries;
        this.website = properties.websiteUrl();
    }

    @PublicContent
    @Operation(summary = "Plan du site (sitemap XML)")
    @GetMapping({"/api/cms/sitemap.xml", "/api/cms/sitemap", "/api/cms/sitemap/"})
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapEntries.Entry entry : entries.published()) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(website + entry.path())).append("</loc><lastmod>")
                    .append(DAY.format(entry.changedAt())).append("</lastmod></url>\n");
        }
        // XML whatever the client's Accept: crawlers send anything from */* to text/html.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.append("</urlset>\n").toString());
    }
}
