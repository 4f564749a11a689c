package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.platform.calendar.CalendarEvents;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.YearOverride;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

/**
 * A declared holiday with its overrides.
 *
 * @param date     the day of an extra holiday; null for a recurring one
 * @param lastYear null while the holiday has no end
 */
public record HolidayView(UUID id, String country, String kind, MonthDay monthDay, LocalDate date, int firstYear,
                          Integer lastYear, String nameFr, String nameEn, boolean cancelled,
                          List<YearOverride> overrides) {

    static HolidayView of(PublicHoliday holiday) {
        HolidayRule rule = holiday.rule();
        boolean extra = rule.kind() == HolidayRule.Kind.EXTRA;
        return new HolidayView(rule.id(), holiday.country().value(), CalendarEvents.kind(rule), rule.day(),
                extra ? CalendarEvents.extraDate(rule) : null, rule.firstYear(), rule.lastYear(),
                holiday.names().french(), holiday.names().english(), holiday.isCancelled(), rule.overrides());
    }
}
