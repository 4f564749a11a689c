package energy.mwolo.cms.sitemap;

import energy.mwolo.cms.CmsProperties;
import energy.mwolo.cms.caching.PublicContent;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /api/cms/sitemap.xml}: the sitemaps.org XML of the published pages ({@code /<lang>/<slug>}) and posts
 * ({@code /<lang>/blog/<slug>}) under {@code mwolo.cms.website-url}, with their last change. A read model straight
 * from the tables: one query, no aggregate loaded.
 */
@RestController
class SitemapController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final String website;

    SitemapController(JdbcClient jdbc, CmsProperties properties) {
        this.jdbc = jdbc;
        this.website = properties.websiteUrl();
    }

    record Entry(String path, Timestamp changedAt) {
    }

    @PublicContent
    @Transactional(readOnly = true)
    @GetMapping(value = {"/api/cms/sitemap.xml", "/api/cms/sitemap", "/api/cms/sitemap/"},
            produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        List<Entry> entries = jdbc.sql("""
                SELECT '/' || t.language || '/' || t.slug AS path, p.updated_at AS changed_at
                  FROM pages p JOIN page_texts t ON t.page_id = p.id WHERE p.published
                UNION ALL
                SELECT '/' || t.language || '/blog/' || t.slug, p.updated_at
                  FROM posts p JOIN post_texts t ON t.post_id = p.id WHERE p.status = 'published'
                ORDER BY 1""").query(Entry.class).list();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry entry : entries) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(website + entry.path())).append("</loc><lastmod>")
                    .append(DAY.format(entry.changedAt().toInstant())).append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
