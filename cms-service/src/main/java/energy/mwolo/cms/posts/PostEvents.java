package energy.mwolo.cms.posts;

import energy.mwolo.contracts.cms.PostPublished;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Maps a post's domain events to their contract records, into the outbox of the caller's transaction. */
@Component
class PostEvents {

    private final Outbox outbox;
    private final Clock clock;

    PostEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void publish(Post post) {
        for (Post.Published published : post.pullEvents()) {
            PostText french = published.french();
            PostText english = published.english();
            outbox.publish(PostPublished.CONTRACT, published.postId().toString(), new PostPublished(
                    published.postId(), french.slug(), french.title(), french.excerpt(),
                    english == null ? null : english.slug(), english == null ? null : english.title(),
                    published.at(), clock.instant()));
        }
    }
}
