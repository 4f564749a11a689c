package energy.mwolo.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The DR Congo's holidays as Ordonnance 23/042 declares them from 2023, with the communiqués the tests rely on
 * (4 January 2026 observed on Monday 5; 2 August 2024 declared), and the schedules agencies work by.
 */
final class CongoCalendar {

    static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    static final UUID NEW_YEAR = id("01-01");
    static final UUID MARTYRS = id("01-04");
    static final UUID LABOUR_DAY = id("05-01");
    static final UUID ARMED_FORCES = id("05-17");
    static final UUID PARENTS_DAY_2024_EXTRA = UUID.nameUUIDFromBytes("extra 2024-08-02".getBytes(StandardCharsets.UTF_8));

    private CongoCalendar() {
    }

    /** The ten holidays of the ordinance, each from 2023 on, without any override. */
    static List<HolidayRule> ordinance() {
        List<HolidayRule> rules = new ArrayList<>();
        for (String day : List.of("01-01", "01-04", "01-16", "01-17", "04-06", "05-01", "05-17", "06-30", "08-01",
                "12-25")) {
            rules.add(HolidayRule.recurring(id(day), MonthDay.parse("--" + day), 2023, null));
        }
        return rules;
    }

    /** The ordinance plus the 2026 communiqué and the 2024 extra day. */
    static HolidayRules holidays() {
        List<HolidayRule> rules = new ArrayList<>();
        for (HolidayRule rule : ordinance()) {
            rules.add(rule.id().equals(MARTYRS)
                    ? rule.withOverride(YearOverride.observedOn(2026, LocalDate.of(2026, 1, 5)))
                    : rule);
        }
        rules.add(HolidayRule.extra(PARENTS_DAY_2024_EXTRA, LocalDate.of(2024, 8, 2)));
        return HolidayRules.of(rules);
    }

    static HolidayRules holidaysWith(UUID holiday, YearOverride override) {
        List<HolidayRule> rules = new ArrayList<>();
        for (HolidayRule rule : holidays().rules()) {
            rules.add(rule.id().equals(holiday) ? rule.withOverride(override) : rule);
        }
        return HolidayRules.of(rules);
    }

    /** The company default: Monday to Friday, 08:00 to 16:00. */
    static WeeklySchedule officeHours() {
        return WeeklySchedule.builder()
                .on(interval("08:00", "16:00"), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .build();
    }

    /** A counter open on Saturday mornings too, with a lunch break on weekdays. */
    static WeeklySchedule counterHours() {
        return WeeklySchedule.builder()
                .on(interval("08:00", "12:00"), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .on(interval("13:00", "16:00"), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .build();
    }

    static WorkingInterval interval(String start, String end) {
        return new WorkingInterval(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static UUID id(String monthDay) {
        return UUID.nameUUIDFromBytes(("CD " + monthDay).getBytes(StandardCharsets.UTF_8));
    }
}
