package energy.mwolo.cms.caching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One number for the whole published website, raised by every change that may alter what the public sees (an edit, a
 * publication, a scheduled post going live, an approved testimonial). Public ETags are made of it, so a revalidation
 * costs one read of one row, whatever the size of the answer; any change makes every cached answer stale, which is
 * the right trade for content changed a few times a day and read all day.
 */
@Component
public class ContentRevision {

    private final JdbcClient jdbc;

    ContentRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the revision inside the caller's transaction: the new ETags appear when the change commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed() {
        jdbc.sql("UPDATE content_revision SET revision = revision + 1, changed_at = now() WHERE id = 1").update();
    }

    public long current() {
        return jdbc.sql("SELECT revision FROM content_revision WHERE id = 1").query(Long.class).single();
    }
}
