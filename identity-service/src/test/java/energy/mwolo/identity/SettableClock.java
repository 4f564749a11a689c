package energy.mwolo.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The real clock plus an offset that tests move forward, so lockouts and expiries are tested without sleeping. */
public final class SettableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public SettableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private SettableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant seen from another zone (e.g. Africa/Kinshasa for business dates). */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(offset, zone);
    }
}
