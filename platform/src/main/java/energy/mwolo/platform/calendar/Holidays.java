package energy.mwolo.platform.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Which days are public holidays. */
@FunctionalInterface
public interface Holidays {

    boolean isHoliday(LocalDate date);

    /** Exactly these dates. */
    static Holidays on(Collection<LocalDate> dates) {
        Set<LocalDate> copy = Set.copyOf(dates);
        return copy::contains;
    }
}
