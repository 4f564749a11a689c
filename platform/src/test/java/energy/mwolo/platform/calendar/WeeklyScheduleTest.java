package energy.mwolo.platform.calendar;

import static energy.mwolo.platform.calendar.CongoCalendar.interval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    @Test
    void anIntervalMustStartBeforeItEnds() {
        assertThatThrownBy(() -> interval("16:00", "08:00"))
                .isInstanceOfSatisfying(ScheduleViolation.class,
                        v -> assertThat(v.reason()).isEqualTo(ScheduleViolation.Reason.START_NOT_BEFORE_END));
        assertThatThrownBy(() -> interval("08:00", "08:00")).isInstanceOf(ScheduleViolation.class);
    }

    @Test
    void overlappingIntervalsOfADayAreRefusedNamingTheDayAndTheLaterInterval() {
        Map<DayOfWeek, List<WorkingInterval>> days = Map.of(DayOfWeek.TUESDAY,
                List.of(interval("13:00", "16:00"), interval("08:00", "12:00"), interval("11:30", "12:30")));

        assertThatThrownBy(() -> WeeklySchedule.of(days)).isInstanceOfSatisfying(ScheduleViolation.class, v -> {
            assertThat(v.reason()).isEqualTo(ScheduleViolation.Reason.OVERLAP);
            assertThat(v.day()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(v.index()).isEqualTo(2);
        });
    }

    @Test
    void intervalsThatTouchDoNotOverlap() {
        WeeklySchedule schedule = WeeklySchedule.of(Map.of(DayOfWeek.MONDAY,
                List.of(interval("12:00", "16:00"), interval("08:00", "12:00"))));

        assertThat(schedule.on(DayOfWeek.MONDAY)).containsExactly(interval("08:00", "12:00"),
                interval("12:00", "16:00"));
    }

    @Test
    void aWeekWithoutAnyWorkingTimeIsRefused() {
        assertThatThrownBy(() -> WeeklySchedule.of(Map.of(DayOfWeek.MONDAY, List.of())))
                .isInstanceOfSatisfying(ScheduleViolation.class,
                        v -> assertThat(v.reason()).isEqualTo(ScheduleViolation.Reason.NO_WORKING_TIME));
    }

    @Test
    void daysWithoutIntervalsAreNotWorkingDays() {
        WeeklySchedule schedule = CongoCalendar.officeHours();

        assertThat(schedule.isWorkingDay(DayOfWeek.FRIDAY)).isTrue();
        assertThat(schedule.isWorkingDay(DayOfWeek.SATURDAY)).isFalse();
        assertThat(schedule.on(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void schedulesWithTheSameIntervalsAreEqual() {
        WeeklySchedule built = CongoCalendar.officeHours();
        WeeklySchedule listed = WeeklySchedule.of(Map.of(
                DayOfWeek.FRIDAY, List.of(interval("08:00", "16:00")),
                DayOfWeek.THURSDAY, List.of(interval("08:00", "16:00")),
                DayOfWeek.WEDNESDAY, List.of(interval("08:00", "16:00")),
                DayOfWeek.TUESDAY, List.of(interval("08:00", "16:00")),
                DayOfWeek.MONDAY, List.of(interval("08:00", "16:00")),
                DayOfWeek.SUNDAY, List.of()));

        assertThat(listed).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void anIntervalContainsItsStartButNotItsEnd() {
        WorkingInterval morning = interval("08:00", "12:00");

        assertThat(morning.contains(LocalTime.of(8, 0))).isTrue();
        assertThat(morning.contains(LocalTime.of(11, 59, 59))).isTrue();
        assertThat(morning.contains(LocalTime.of(12, 0))).isFalse();
    }
}
