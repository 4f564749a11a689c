package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.InvalidCalendarField;
import energy.mwolo.geo.calendar.model.WorkingHours;
import energy.mwolo.platform.calendar.CalendarEvents;
import energy.mwolo.platform.calendar.ScheduleViolation;
import energy.mwolo.platform.calendar.WeeklySchedule;
import energy.mwolo.platform.calendar.WorkingInterval;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly hours as a request sends them: {@code {"monday": [{"start": "08:00", "end": "16:00"}], ...}}, a day
 * left out or empty being a day off, and the zone (Africa/Kinshasa when absent). Every fault names its field,
 * e.g. {@code schedule.tuesday[1]}.
 */
public record ScheduleDraft(Map<String, List<Interval>> days, String zone) {

    /**
     * An opening interval of a day, in the agency's time zone.
     *
     * @param start when it opens, {@code HH:mm}
     * @param end   when it closes, {@code HH:mm}, after {@code start}
     */
    public record Interval(LocalTime start, LocalTime end) {
    }

    WeeklySchedule schedule() {
        if (days == null) {
            throw InvalidCalendarField.missing("schedule");
        }
        Map<DayOfWeek, List<WorkingInterval>> checked = new EnumMap<>(DayOfWeek.class);
        days.forEach((name, intervals) -> {
            DayOfWeek day = day(name);
            checked.put(day, intervals(name, intervals == null ? List.of() : intervals));
        });
        try {
            return WeeklySchedule.of(checked);
        } catch (ScheduleViolation violation) {
            if (violation.reason() == ScheduleViolation.Reason.NO_WORKING_TIME) {
                throw InvalidCalendarField.noWorkingTime("schedule");
            }
            throw InvalidCalendarField.overlap(field(CalendarEvents.dayName(violation.day()), violation.index()));
        }
    }

    ZoneId zoneId() {
        if (zone == null || zone.isBlank()) {
            return WorkingHours.COMPANY_ZONE;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw InvalidCalendarField.unknownZone(zone);
        }
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (CalendarEvents.dayName(day).equals(name)) {
                return day;
            }
        }
        throw InvalidCalendarField.unknownDay("schedule." + name, name);
    }

    private static List<WorkingInterval> intervals(String day, List<Interval> given) {
        List<WorkingInterval> intervals = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Interval interval = given.get(i);
            if (interval == null || interval.start() == null) {
                throw InvalidCalendarField.missing(field(day, i) + ".start");
            }
            if (interval.end() == null) {
                throw InvalidCalendarField.missing(field(day, i) + ".end");
            }
            requireWholeMinutes(interval.start(), field(day, i) + ".start");
            requireWholeMinutes(interval.end(), field(day, i) + ".end");
            try {
                intervals.add(new WorkingInterval(interval.start(), interval.end()));
            } catch (ScheduleViolation violation) {
                throw InvalidCalendarField.reversedInterval(field(day, i));
            }
        }
        return intervals;
    }

    /** Events carry hours and minutes (HH:mm): a second more would make consumers compute otherwise. */
    private static void requireWholeMinutes(LocalTime time, String field) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw InvalidCalendarField.notWholeMinutes(field);
        }
    }

    private static String field(String day, int index) {
        return "schedule." + day + "[" + index + "]";
    }
}
