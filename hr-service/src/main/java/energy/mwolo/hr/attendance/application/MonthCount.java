package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.platform.calendar.AgencyCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts one employee's month on its agency's calendar, all on Kinshasa dates: from the later of the first of the
 * month and the hire date, to the earliest of the month's end, the employment's end and today. A working day is an
 * absence when it has neither a clock-in nor approved leave and is over (today is not an absence yet).
 */
final class MonthCount {

    private MonthCount() {
    }

    static MonthSummary count(YearMonth month, AttendanceRoster.Employment employment, LocalDate today,
                              AgencyCalendar agency, List<AttendanceDay> clocked, Set<LocalDate> onLeave) {
        LocalDate first = latest(month.atDay(1), employment.hireDate());
        LocalDate last = earliest(month.atEndOfMonth(), employment.endDate(), today);
        Set<LocalDate> present = clocked.stream().map(AttendanceDay::day).collect(Collectors.toSet());
        int working = 0;
        int absent = 0;
        int leaveDays = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (agency.isWorkingDay(day)) {
                working++;
                if (onLeave.contains(day)) {
                    leaveDays++;
                } else if (!present.contains(day) && day.isBefore(today)) {
                    absent++;
                }
            }
        }
        List<AttendanceDay> late = clocked.stream().filter(AttendanceDay::late).toList();
        return new MonthSummary(month, working, clocked.size(), late.size(),
                late.stream().mapToInt(AttendanceDay::lateMinutes).sum(), leaveDays, absent, clocked);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate min = b != null && b.isBefore(a) ? b : a;
        return c.isBefore(min) ? c : min;
    }
}
