package energy.mwolo.cms.sitemap;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The website's public addresses and their last change: a read model straight from the tables, one query. */
@Component
class SitemapEntries {

    record Entry(String path, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    SitemapEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code /<lang>/<slug>} per published page, {@code /<lang>/blog/<slug>} per published post, sorted. */
    @Transactional(readOnly = true)
    List<Entry> published() {
        return jdbc.sql("""
                SELECT '/' || t.language || '/' || t.slug AS path, p.updated_at AS changed_at
                  FROM pages p JOIN page_texts t ON t.page_id = p.id WHERE p.published
                UNION ALL
                SELECT '/' || t.language || '/blog/' || t.slug, p.updated_at
                  FROM posts p JOIN post_texts t ON t.post_id = p.id WHERE p.status = 'published'
                ORDER BY 1""").query((rs, row) -> new Entry(rs.getString("path"),
                rs.getTimestamp("changed_at").toInstant())).list();
    }
}
