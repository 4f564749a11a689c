package energy.mwolo.billing.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company's clock: business dates (issue, due, overdue) are days of Africa/Kinshasa (UTC+1, no daylight saving),
 * instants are UTC. One object so tests can fix "now".
 */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Africa/Kinshasa");

    private final Clock clock;

    public BusinessTime(Clock clock) {
        this.clock = clock;
    }

    public static BusinessTime system() {
        return new BusinessTime(Clock.system(ZONE));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The business day of an instant. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
