package energy.mwolo.hr.attendance.application;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

/** An agency's month: each employee's summary and the agency's totals over them. */
public record AgencyMonthSummary(UUID agency, YearMonth month, List<Line> employees, Totals totals) {

    public record Line(AttendanceRoster.Employment employment, MonthSummary summary) {
    }

    /**
     * The agency's month so far, summed over its employees' lines.
     *
     * @param employees   how many employees the month lists
     * @param workedDays  the days they clocked in
     * @param lateDays    the days they clocked in late
     * @param lateMinutes the minutes late, all days together
     * @param leaveDays   the working days they were on approved leave
     * @param absentDays  the working days with neither clocking nor leave
     */
    public record Totals(int employees, int workedDays, int lateDays, int lateMinutes, int leaveDays,
                         int absentDays) {

        static Totals of(List<Line> lines) {
            return new Totals(lines.size(), sum(lines, MonthSummary::workedDays), sum(lines, MonthSummary::lateDays),
                    sum(lines, MonthSummary::lateMinutes), sum(lines, MonthSummary::leaveDays),
                    sum(lines, MonthSummary::absentDays));
        }

        private static int sum(List<Line> lines, ToIntFunction<MonthSummary> field) {
            return lines.stream().map(Line::summary).mapToInt(field).sum();
        }
    }
}
