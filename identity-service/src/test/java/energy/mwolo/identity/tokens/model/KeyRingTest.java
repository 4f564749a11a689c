package energy.mwolo.identity.tokens.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(17);
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofHours(1);

    private final KeyVersion first = new KeyVersion("k1", T0);
    private final KeyVersion second = new KeyVersion("k2", T0.plus(PERIOD));

    @Test
    void theLatestActivatedKeySigns() {
        KeyRing ring = new KeyRing(List.of(second, first));

        assertThat(ring.signing(T0.plusSeconds(1))).contains(first);
        assertThat(ring.signing(second.activeFrom())).contains(second);
        assertThat(ring.signing(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void aKeyIsPendingThenSigningThenRetired() {
        KeyRing ring = new KeyRing(List.of(first, second));
        Instant beforeSecond = second.activeFrom().minusSeconds(1);

        assertThat(ring.state(second, beforeSecond)).isEqualTo(KeyState.PENDING);
        assertThat(ring.state(first, beforeSecond)).isEqualTo(KeyState.SIGNING);
        assertThat(ring.state(first, second.activeFrom())).isEqualTo(KeyState.RETIRED);
        assertThat(ring.retiredAt(first, second.activeFrom())).contains(second.activeFrom());
    }

    @Test
    void aRetiredKeyStaysPublishedUntilEveryTokenItSignedHasExpired() {
        KeyRing ring = new KeyRing(List.of(first, second));
        Instant justBefore = second.activeFrom().plus(WINDOW).minusSeconds(1);
        Instant after = second.activeFrom().plus(WINDOW);

        assertThat(ring.published(justBefore, WINDOW)).containsExactly(first, second);
        assertThat(ring.published(after, WINDOW)).containsExactly(second);
        assertThat(ring.expired(after, WINDOW)).containsExactly(first);
    }

    @Test
    void thePendingKeyIsPublishedBeforeItSigns() {
        KeyRing ring = new KeyRing(List.of(first, second));

        assertThat(ring.published(second.activeFrom().minus(AHEAD), WINDOW)).contains(second);
    }

    @Test
    void aRingWithoutKeysNeedsOneAtOnce() {
        assertThat(new KeyRing(List.of()).nextActivation(T0, PERIOD, AHEAD)).contains(T0);
    }

    @Test
    void theNextKeyIsCreatedAheadOfItsTurnAndOnlyOnce() {
        KeyRing one = new KeyRing(List.of(first));

        assertThat(one.nextActivation(T0.plus(PERIOD).minus(AHEAD).minusSeconds(1), PERIOD, AHEAD)).isEmpty();
        assertThat(one.nextActivation(T0.plus(PERIOD).minus(AHEAD), PERIOD, AHEAD)).contains(T0.plus(PERIOD));
        assertThat(new KeyRing(List.of(first, second)).nextActivation(T0.plus(PERIOD).minus(AHEAD), PERIOD, AHEAD))
                .isEmpty();
    }

    @Test
    void aLateServiceStillAnnouncesTheNextKeyBeforeItSigns() {
        Instant late = T0.plus(PERIOD).plus(Duration.ofDays(3));

        assertThat(new KeyRing(List.of(first)).nextActivation(late, PERIOD, AHEAD)).contains(late.plus(AHEAD));
    }

    @Test
    void onlyRetiredKeysLoseTheirPrivateHalves() {
        KeyRing ring = new KeyRing(List.of(first, second));

        assertThat(ring.retired(T0.plusSeconds(5))).isEmpty();
        assertThat(ring.retired(second.activeFrom())).containsExactly(first);
    }
}
