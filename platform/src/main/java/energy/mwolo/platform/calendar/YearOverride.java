package energy.mwolo.platform.calendar;

import java.time.LocalDate;

/**
 * What the government decided for one year of a recurring holiday, in place of the ordinance's rule.
 *
 * @param year       the year of the occurrence overridden (of its nominal date)
 * @param observedOn the day it is observed instead, or null when it is not observed that year
 */
public record YearOverride(int year, LocalDate observedOn) {

    public static YearOverride observedOn(int year, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("An observed occurrence needs its date");
        }
        return new YearOverride(year, date);
    }

    public static YearOverride notObserved(int year) {
        return new YearOverride(year, null);
    }

    public boolean observed() {
        return observedOn != null;
    }
}
