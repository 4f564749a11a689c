package energy.mwolo.cms.posts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static final Instant NOW = Instant.parse("2026-05-04T07:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aScheduledPostGoesPublicAtItsTimeDatedAtItsTime() {
        Publication scheduled = Publication.DRAFT.schedule(LATER, NOW);

        assertThat(scheduled.dueAt(LATER.minusSeconds(1))).isEqualTo(scheduled);
        Publication published = scheduled.dueAt(LATER.plusSeconds(20));

        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(LATER);
        assertThat(published.wentPublicFrom(scheduled)).isTrue();
    }

    @Test
    void schedulingInThePastPublishesNow() {
        Publication published = Publication.DRAFT.schedule(NOW.minusSeconds(60), NOW);

        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void publishingAPublishedPostKeepsItsFirstDateAndIsNoNewPublication() {
        Publication first = Publication.DRAFT.publish(NOW);
        Publication again = first.publish(LATER);

        assertThat(again).isEqualTo(first);
        assertThat(again.wentPublicFrom(first)).isFalse();
    }

    @Test
    void aPublishedPostCannotBeScheduledButCanBeWithdrawn() {
        Publication published = Publication.DRAFT.publish(NOW);

        assertThatThrownBy(() -> published.schedule(LATER, NOW)).isInstanceOf(PublicationRefused.class);
        assertThat(published.withdraw()).isEqualTo(Publication.DRAFT);
    }

    @Test
    void aDraftIsNeverDue() {
        assertThat(Publication.DRAFT.dueAt(LATER)).isEqualTo(Publication.DRAFT);
    }
}
