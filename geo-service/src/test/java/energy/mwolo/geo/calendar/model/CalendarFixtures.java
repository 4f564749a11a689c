package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.calendar.WeeklySchedule;
import energy.mwolo.platform.calendar.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;

/** Holidays and hours of the DR Congo to build tests from. */
final class CalendarFixtures {

    static final CountryCode CONGO = new CountryCode("CD");
    static final Instant NOW = Instant.parse("2025-12-29T09:00:00Z");

    private CalendarFixtures() {
    }

    /** 4 January, from the 2023 ordinance on, with no override yet; its declaration already pulled. */
    static PublicHoliday martyrsOfIndependence() {
        PublicHoliday holiday = PublicHoliday.declareRecurring(CONGO,
                new HolidayNames("Journée des martyrs de l’indépendance", "Martyrs of Independence Day"),
                MonthDay.of(1, 4), 2023, null, NOW);
        holiday.pullEvents();
        return holiday;
    }

    static WeeklySchedule weekdays(String start, String end) {
        WorkingInterval interval = new WorkingInterval(LocalTime.parse(start), LocalTime.parse(end));
        return WeeklySchedule.builder().on(interval, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).build();
    }
}
