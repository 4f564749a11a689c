package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.hr.leave.model.EntryKind;
import energy.mwolo.hr.leave.model.InsufficientBalance;
import energy.mwolo.hr.leave.model.LeaveOverlap;
import energy.mwolo.hr.leave.model.LeaveRequest;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import energy.mwolo.hr.leave.model.LeaveRequestNotFound;
import energy.mwolo.hr.leave.model.LeaveRequests;
import energy.mwolo.hr.leave.model.LeaveStatus;
import energy.mwolo.hr.leave.model.LeaveType;
import energy.mwolo.hr.leave.model.LeaveTypes;
import energy.mwolo.hr.leave.model.LedgerEntry;
import energy.mwolo.hr.leave.model.Ledgers;
import energy.mwolo.hr.leave.model.UnknownLeaveType;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a request through its workflow. Every step first takes the employee's leave lock, so that two approvals of
 * overlapping requests, or of two requests the balance covers only one of, apply one after the other and the second
 * sees the first.
 * <ul>
 * <li>submission: no overlap with an approved leave (409); the balance less the days of the employee's other
 * submitted requests of the type covers the request (422);</li>
 * <li>approval: the same overlap check, and the balance alone covers it (422); the days leave the ledger;</li>
 * <li>cancellation of an approved request gives the days back to the ledger.</li>
 * </ul>
 */
@Service
public class DecidingLeave {

    private final LeaveRequests requests;
    private final LeaveTypes types;
    private final Ledgers ledgers;
    private final StaffDirectory staff;
    private final LeaveEventPublisher events;

    DecidingLeave(LeaveRequests requests, LeaveTypes types, Ledgers ledgers, StaffDirectory staff,
                  LeaveEventPublisher events) {
        this.requests = requests;
        this.types = types;
        this.ledgers = ledgers;
        this.staff = staff;
        this.events = events;
    }

    @Transactional
    public void submit(LeaveRequestId id, CurrentUser user) {
        LeaveRequest request = locked(id, user);
        LeaveAccess.requireOwnerOrHr(user, employeeOf(request));
        request.submit();
        checkNoOverlap(request);
        checkBalance(request, requests.submittedDays(request.employee(), request.leaveType(), request.id()));
        save(request);
    }

    @Transactional
    public void approve(LeaveRequestId id, CurrentUser user) {
        LeaveRequest request = locked(id, user);
        LeaveAccess.requireDecider(user, employeeOf(request));
        request.approve(user.userId());
        checkNoOverlap(request);
        checkBalance(request, BigDecimal.ZERO);
        ledgers.append(request.employee(), request.leaveType(), List.of(new LedgerEntry(EntryKind.TAKE,
                request.days().negate(), request.period().start(), null, null)), request.id());
        save(request);
    }

    @Transactional
    public void reject(LeaveRequestId id, CurrentUser user) {
        LeaveRequest request = locked(id, user);
        LeaveAccess.requireDecider(user, employeeOf(request));
        request.reject(user.userId());
        save(request);
    }

    @Transactional
    public void cancel(LeaveRequestId id, CurrentUser user) {
        LeaveRequest request = locked(id, user);
        StaffMember employee = employeeOf(request);
        if (!LeaveAccess.isManager(user, employee)) {
            LeaveAccess.requireOwnerOrHr(user, employee);
        }
        boolean wasApproved = request.status() == LeaveStatus.APPROVED;
        request.cancel(user.userId());
        if (wasApproved) {
            ledgers.append(request.employee(), request.leaveType(), List.of(new LedgerEntry(EntryKind.RETURN,
                    request.days(), request.period().start(), null, null)), request.id());
        }
        save(request);
    }

    private LeaveRequest locked(LeaveRequestId id, CurrentUser user) {
        user.require(HrAccess.READ);
        requests.lockEmployee(requests.employeeOf(id).orElseThrow(() -> new LeaveRequestNotFound(id)));
        LeaveRequest request = requests.byId(id).orElseThrow(() -> new LeaveRequestNotFound(id));
        if (!LeaveAccess.mayRead(user, employeeOf(request))) {
            throw new LeaveRequestNotFound(id);
        }
        return request;
    }

    private StaffMember employeeOf(LeaveRequest request) {
        return staff.find(request.employee()).orElseThrow(() -> new LeaveRequestNotFound(request.id()));
    }

    private void checkNoOverlap(LeaveRequest request) {
        for (LeaveRequest approved : requests.approvedOf(request.employee(), request.id())) {
            if (approved.period().overlaps(request.period())) {
                throw new LeaveOverlap(approved.id());
            }
        }
    }

    private void checkBalance(LeaveRequest request, BigDecimal alreadyAsked) {
        LeaveType type = types.byCode(request.leaveType())
                .orElseThrow(() -> new UnknownLeaveType(request.leaveType()));
        if (!type.balanceChecked()) {
            return;
        }
        LocalDate today = BusinessTime.dayOf(Instant.now());
        BigDecimal available = ledgers.of(request.employee(), request.leaveType()).balanceOn(today)
                .subtract(alreadyAsked);
        if (available.compareTo(request.days()) < 0) {
            throw new InsufficientBalance(request.days(), available.max(BigDecimal.ZERO));
        }
    }

    private void save(LeaveRequest request) {
        requests.update(request);
        events.publishRecordedEvents(request);
    }
}
