package energy.mwolo.hr.leave.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee's request for leave of one type. Its days are counted once, when drafted, on the agency's calendar;
 * who may decide and whether the balance allows it are the use cases' concern, the order of states is this class's.
 */
public final class LeaveRequest {

    private final LeaveRequestId id;
    private final EmployeeId employee;
    private final String leaveType;
    private final LeavePeriod period;
    private final BigDecimal days;
    private final String reason;
    private LeaveStatus status;
    private final List<LeaveEvent> events = new ArrayList<>();

    private LeaveRequest(LeaveRequestId id, EmployeeId employee, String leaveType, LeavePeriod period,
                         BigDecimal days, String reason, LeaveStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.employee = Objects.requireNonNull(employee, "employee");
        this.leaveType = Objects.requireNonNull(leaveType, "leaveType");
        this.period = Objects.requireNonNull(period, "period");
        this.days = Objects.requireNonNull(days, "days");
        this.reason = reason;
        this.status = Objects.requireNonNull(status, "status");
    }

    /** @throws NoWorkingDay when the period holds no working day of the agency */
    public static LeaveRequest draft(LeaveRequestId id, EmployeeId employee, String leaveType, LeavePeriod period,
                                     BigDecimal days, String reason) {
        if (days.signum() <= 0) {
            throw new NoWorkingDay(period);
        }
        return new LeaveRequest(id, employee, leaveType, period, days, reason, LeaveStatus.DRAFT);
    }

    public static LeaveRequest restore(LeaveRequestId id, EmployeeId employee, String leaveType, LeavePeriod period,
                                       BigDecimal days, String reason, LeaveStatus status) {
        return new LeaveRequest(id, employee, leaveType, period, days, reason, status);
    }

    public void submit() {
        move(LeaveStatus.DRAFT, LeaveStatus.SUBMITTED);
    }

    public void approve(UUID by) {
        move(LeaveStatus.SUBMITTED, LeaveStatus.APPROVED);
        events.add(new LeaveEvent.Approved(by));
    }

    public void reject(UUID by) {
        move(LeaveStatus.SUBMITTED, LeaveStatus.REJECTED);
        events.add(new LeaveEvent.Rejected(by));
    }

    /** Withdraws the request; an approved one gives its days back (the caller writes the ledger's return). */
    public void cancel(UUID by) {
        if (status == LeaveStatus.REJECTED || status == LeaveStatus.CANCELLED) {
            throw new LeaveTransitionRefused(status, LeaveStatus.CANCELLED);
        }
        boolean wasApproved = status == LeaveStatus.APPROVED;
        status = LeaveStatus.CANCELLED;
        events.add(new LeaveEvent.Cancelled(by, wasApproved));
    }

    private void move(LeaveStatus from, LeaveStatus to) {
        if (status != from) {
            throw new LeaveTransitionRefused(status, to);
        }
        status = to;
    }

    public List<LeaveEvent> pullEvents() {
        List<LeaveEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public LeaveRequestId id() {
        return id;
    }

    public EmployeeId employee() {
        return employee;
    }

    public String leaveType() {
        return leaveType;
    }

    public LeavePeriod period() {
        return period;
    }

    public BigDecimal days() {
        return days;
    }

    public String reason() {
        return reason;
    }

    public LeaveStatus status() {
        return status;
    }
}
