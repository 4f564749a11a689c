package energy.mwolo.audit.log.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void aDateMeansTheWholeDayInKinshasaAndAnInstantIsInclusive() {
        EventFilter days = EventFilter.parse(null, null, null, null, "2026-05-01", "2026-05-02", null, null);
        EventFilter instants = EventFilter.parse(null, null, null, null, "2026-05-01T08:00:00Z",
                "2026-05-01T09:00:00+01:00", null, null);

        assertThat(days.from()).isEqualTo(Instant.parse("2026-04-30T23:00:00Z"));
        assertThat(days.before()).isEqualTo(Instant.parse("2026-05-02T23:00:00Z"));
        assertThat(instants.from()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
        assertThat(instants.before()).isEqualTo(Instant.parse("2026-05-01T08:00:00.000001Z"));
    }

    @Test
    void anUnreadableTimeIsRefusedNamingItsParameter() {
        assertThatThrownBy(() -> EventFilter.parse(null, null, null, null, "hier", null, null, null))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> EventFilter.parse(null, null, null, null, null, "2026-13-01", null, null))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> EventFilter.parse(null, null, null, null, "2026-05-02", "2026-05-01", null, null))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void sourceMismatchIsTrueOrFalseAndNothingElse() {
        assertThat(EventFilter.parse(null, null, null, null, null, null, null, "true").sourceMismatch()).isTrue();
        assertThat(EventFilter.parse(null, null, null, null, null, null, null, "FALSE").sourceMismatch()).isFalse();
        assertThatThrownBy(() -> EventFilter.parse(null, null, null, null, null, null, null, "oui"))
                .isInstanceOfSatisfying(InvalidParameter.class,
                        e -> assertThat(e.field()).isEqualTo("source_mismatch"));
    }

    @Test
    void blankFiltersMeanAny() {
        assertThat(EventFilter.parse(" ", "", null, null, null, " ", "", " ")).isEqualTo(EventFilter.ANY);
    }
}
