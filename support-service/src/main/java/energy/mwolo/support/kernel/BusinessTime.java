package energy.mwolo.support.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates (the year of a ticket number) are the company's: Africa/Kinshasa. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Africa/Kinshasa");

    private BusinessTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
