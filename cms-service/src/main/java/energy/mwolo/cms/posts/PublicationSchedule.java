package energy.mwolo.cms.posts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link PublishingDuePosts} on its period (through its proxy, so in its transaction). */
@Component
class PublicationSchedule {

    private final PublishingDuePosts publishing;

    PublicationSchedule(PublishingDuePosts publishing) {
        this.publishing = publishing;
    }

    @Scheduled(fixedDelayString = "${mwolo.cms.publication-check:30s}", initialDelayString = "5s")
    void run() {
        publishing.publishDue();
    }
}
