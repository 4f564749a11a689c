package energy.mwolo.hr.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates (hire days, leave days, working days of attendance) are the company's: Africa/Kinshasa. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Africa/Kinshasa");

    private BusinessTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
