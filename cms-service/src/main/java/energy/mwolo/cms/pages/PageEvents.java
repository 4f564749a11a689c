package energy.mwolo.cms.pages;

import energy.mwolo.contracts.cms.PagePublished;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Maps a page's domain events to their contract records, into the outbox of the caller's transaction. */
@Component
class PageEvents {

    private final Outbox outbox;
    private final Clock clock;

    PageEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void publish(Page page) {
        for (Page.Published published : page.pullEvents()) {
            PageText english = published.english();
            outbox.publish(PagePublished.CONTRACT, published.pageId().toString(), new PagePublished(
                    published.pageId(), published.french().slug(), published.french().title(),
                    english == null ? null : english.slug(), english == null ? null : english.title(),
                    published.at(), clock.instant()));
        }
    }
}
