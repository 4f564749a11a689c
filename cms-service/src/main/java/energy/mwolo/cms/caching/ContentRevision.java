package energy.mwolo.cms.caching;

import energy.mwolo.platform.metrics.OnCommit;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One number for the whole published website, raised by every change that may alter what the public sees (an edit, a
 * publication, a scheduled post going live, an approved testimonial). Public ETags are made of it; any change makes
 * every cached answer stale, which is the right trade for content changed a few times a day and read all day.
 *
 * <p>A revalidation reads no row: the number is kept for {@link #KEPT_FOR}. A change made through this replica shows
 * at once (the kept number is dropped when the change commits; a read already under way may keep the old one, for
 * {@link #KEPT_FOR} at most), one made through another replica within {@link #KEPT_FOR}: well inside the minutes a
 * public cache may keep an answer anyway ({@code Cache-Control}).
 */
@Component
public class ContentRevision {

    static final Duration KEPT_FOR = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private volatile Kept kept;

    ContentRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the revision inside the caller's transaction: the new ETags appear when the change commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed() {
        jdbc.sql("UPDATE content_revision SET revision = revision + 1, changed_at = now() WHERE id = 1").update();
        OnCommit.run(() -> kept = null);
    }

    public long current() {
        Kept known = kept;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < KEPT_FOR.toNanos()) {
            return known.revision();
        }
        long revision = jdbc.sql("SELECT revision FROM content_revision WHERE id = 1").query(Long.class).single();
        kept = new Kept(revision, now);
        return revision;
    }

    private record Kept(long revision, long readAt) {
    }
}
