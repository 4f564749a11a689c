package energy.mwolo.cms.posts;

import energy.mwolo.cms.caching.ContentRevision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes scheduled posts public once their time has come, every {@code mwolo.cms.publication-check} (30 s): a post
 * shows at most that long after its time, dated at its time. Replicas may all run it: each locks the rows it takes
 * and skips those another holds, and a post already published is not published again. After a restart the posts
 * whose time passed meanwhile go out on the first run.
 */
@Service
public class PublishingDuePosts {

    private static final int BATCH = 100;

    private final Posts posts;
    private final PostEvents events;
    private final ContentRevision revision;
    private final Clock clock;

    PublishingDuePosts(Posts posts, PostEvents events, ContentRevision revision, Clock clock) {
        this.posts = posts;
        this.events = events;
        this.revision = revision;
        this.clock = clock;
    }

    /** Publishes what is due now; answers how many posts went public. */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        List<Post> due = posts.due(now, PageRequest.of(0, BATCH));
        int published = 0;
        for (Post post : due) {
            if (post.publishIfDue(now)) {
                events.publish(post);
                published++;
            }
        }
        if (published > 0) {
            revision.changed();
        }
        return published;
    }
}
