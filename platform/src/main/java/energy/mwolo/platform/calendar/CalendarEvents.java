package energy.mwolo.platform.calendar;

import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calendar's rules as {@code geo.calendar.events} carry them, both ways: geo-service writes its events with
 * it and consumers read them back with it, so the wire format has one meaning.
 */
public final class CalendarEvents {

    private CalendarEvents() {
    }

    /** The holiday rule a HolidayDeclared describes. */
    public static HolidayRule rule(HolidayDeclared event) {
        HolidayRule.Kind kind = HolidayDeclared.EXTRA.equals(event.kind()) ? HolidayRule.Kind.EXTRA
                : HolidayRule.Kind.RECURRING;
        List<YearOverride> overrides = event.overrides().stream()
                .map(o -> new YearOverride(o.year(), o.observed() ? o.observedOn() : null))
                .toList();
        return new HolidayRule(event.holidayId(), kind, MonthDay.of(event.month(), event.day()), event.firstYear(),
                event.lastYear(), overrides);
    }

    public static String kind(HolidayRule rule) {
        return rule.kind() == HolidayRule.Kind.EXTRA ? HolidayDeclared.EXTRA : HolidayDeclared.RECURRING;
    }

    public static List<HolidayDeclared.YearOverride> overrides(HolidayRule rule) {
        return rule.overrides().stream()
                .map(o -> new HolidayDeclared.YearOverride(o.year(), o.observed(), o.observedOn()))
                .toList();
    }

    /** The weekly schedule a WorkingHoursChanged describes. */
    public static WeeklySchedule schedule(WorkingHoursChanged event) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (WorkingHoursChanged.Interval interval : event.intervals()) {
            days.computeIfAbsent(DayOfWeek.valueOf(interval.day().toUpperCase(Locale.ROOT)), d -> new ArrayList<>())
                    .add(new WorkingInterval(interval.start(), interval.end()));
        }
        return WeeklySchedule.of(days);
    }

    public static ZoneId zone(WorkingHoursChanged event) {
        return ZoneId.of(event.zone());
    }

    /**
     * The intervals of a schedule as events list them: by weekday from Monday, then by start.
     *
     * @throws IllegalArgumentException for a time with seconds, which events (HH:mm) cannot carry
     */
    public static List<WorkingHoursChanged.Interval> intervals(WeeklySchedule schedule) {
        List<WorkingHoursChanged.Interval> intervals = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (WorkingInterval interval : schedule.on(day)) {
                if (interval.start().getSecond() != 0 || interval.start().getNano() != 0
                        || interval.end().getSecond() != 0 || interval.end().getNano() != 0) {
                    throw new IllegalArgumentException("Events carry whole minutes, not " + interval);
                }
                intervals.add(new WorkingHoursChanged.Interval(dayName(day), interval.start(), interval.end()));
            }
        }
        return intervals;
    }

    /** {@code monday} to {@code sunday}, as events and geo's API name weekdays. */
    public static String dayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    /** The date of an extra day, which events carry as month, day and its one year. */
    public static LocalDate extraDate(HolidayRule rule) {
        return rule.day().atYear(rule.firstYear());
    }
}
