package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.hr.leave.model.LeavePeriod;
import energy.mwolo.hr.leave.model.LeaveRequest;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import energy.mwolo.hr.leave.model.LeaveRequests;
import energy.mwolo.hr.leave.model.LeaveTypes;
import energy.mwolo.hr.leave.model.UnknownLeaveType;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee (or HR for it) drafts a leave request; its working days are counted now, on the agency's calendar.
 * With {@code submit} the draft is submitted in the same transaction, under the submission's checks.
 */
@Service
public class RequestingLeave {

    private final LeaveRequests requests;
    private final LeaveTypes types;
    private final StaffDirectory staff;
    private final LeaveCounting counting;
    private final DecidingLeave deciding;

    RequestingLeave(LeaveRequests requests, LeaveTypes types, StaffDirectory staff, LeaveCounting counting,
                    DecidingLeave deciding) {
        this.requests = requests;
        this.types = types;
        this.staff = staff;
        this.counting = counting;
        this.deciding = deciding;
    }

    @Transactional
    public LeaveRequestId draft(LeaveDraft draft, CurrentUser user) {
        user.require(HrAccess.CREATE);
        EmployeeId employeeId = draft.employee() != null ? draft.employee() : HrAccess.self(user);
        if (employeeId == null) {
            throw InvalidField.required("employee");
        }
        StaffMember employee = staff.find(employeeId)
                .orElseThrow(() -> new InvalidField("employee", "hr.employee.not_found", employeeId));
        LeaveAccess.requireOwnerOrHr(user, employee);
        if (employee.left()) {
            throw new InvalidField("employee", "hr.leave.employee_left", employeeId);
        }
        types.byCode(draft.leaveType()).orElseThrow(() -> new UnknownLeaveType(draft.leaveType()));
        LeavePeriod period = draft.period();
        LeaveRequest request = LeaveRequest.draft(new LeaveRequestId(Uuids.timeOrdered()), employeeId,
                draft.leaveType(), period, counting.workingDays(employee.agency(), period), draft.reason());
        requests.add(request);
        if (draft.submit()) {
            deciding.submit(request.id(), user);
        }
        return request.id();
    }
}
