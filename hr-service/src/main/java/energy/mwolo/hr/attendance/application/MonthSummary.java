package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.attendance.model.AttendanceDay;
import java.time.YearMonth;
import java.util.List;

/**
 * One employee's month so far (up to today): the agency's working days, the days clocked in, the late ones and
 * their minutes, the days on approved leave, and the absences (working days with neither clocking nor leave).
 */
public record MonthSummary(YearMonth month, int workingDays, int workedDays, int lateDays, int lateMinutes,
                           int leaveDays, int absentDays, List<AttendanceDay> days) {
}
