package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.leave.model.LeaveStatus;
import java.util.UUID;

/**
 * Filters of the leave request list, each null when not asked. {@code visibleTo} confines the list to an employee's
 * own requests and its direct reports' ({@code restricted} with a null {@code visibleTo}: none at all).
 */
public record LeaveQuery(EmployeeId employee, LeaveStatus status, String leaveType, boolean restricted,
                         EmployeeId visibleTo) {

    LeaveQuery visibleTo(EmployeeId self) {
        return new LeaveQuery(employee, status, leaveType, true, self);
    }

    public static LeaveQuery of(UUID employee, LeaveStatus status, String leaveType) {
        return new LeaveQuery(EmployeeId.ofNullable(employee), status, leaveType, false, null);
    }
}
