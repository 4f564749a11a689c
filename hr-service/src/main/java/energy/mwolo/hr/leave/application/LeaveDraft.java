package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.leave.model.LeavePeriod;

/** A leave request as asked: {@code employee} null for the caller itself. */
public record LeaveDraft(EmployeeId employee, String leaveType, LeavePeriod period, String reason, boolean submit) {
}
