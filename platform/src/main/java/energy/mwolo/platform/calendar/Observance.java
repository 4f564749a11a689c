package energy.mwolo.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One day a holiday is observed.
 *
 * @param date        the day off
 * @param nominalDate the date the holiday falls on by its declaration (differs from {@code date} when moved)
 * @param reason      why it is observed on {@code date}
 */
public record Observance(UUID holidayId, HolidayRule.Kind kind, LocalDate date, LocalDate nominalDate,
                         Reason reason) {

    public enum Reason {
        /** On its nominal date. */
        AS_DECLARED,
        /** Moved from its Sunday to the Saturday before, as the ordinance says. */
        SUNDAY_RULE,
        /** Where a year's override puts it. */
        OVERRIDE
    }

    public Observance {
        Objects.requireNonNull(holidayId, "holidayId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nominalDate, "nominalDate");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean moved() {
        return !date.equals(nominalDate);
    }
}
