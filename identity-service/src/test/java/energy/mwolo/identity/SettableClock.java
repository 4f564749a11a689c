package energy.mwolo.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real clock plus an offset that tests move forward, so lockouts and expiries are tested without sleeping. A test
 * that compares exact waits freezes it: time then moves only when the test advances it.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final AtomicReference<Instant> frozenAt;
    private final ZoneId zone;

    public SettableClock() {
        this(new AtomicReference<>(Duration.ZERO), new AtomicReference<>(), ZoneOffset.UTC);
    }

    private SettableClock(AtomicReference<Duration> offset, AtomicReference<Instant> frozenAt, ZoneId zone) {
        this.offset = offset;
        this.frozenAt = frozenAt;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Stops the real time: from now on only {@link #advance} moves the clock, until {@link #reset}. */
    public void freeze() {
        // Whole milliseconds: what the database stores comes back equal.
        frozenAt.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Back to the real time, unfrozen. */
    public void reset() {
        frozenAt.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt.get();
        return (frozen == null ? Instant.now() : frozen).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant seen from another zone (e.g. Africa/Kinshasa for business dates). */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(offset, frozenAt, zone);
    }
}
