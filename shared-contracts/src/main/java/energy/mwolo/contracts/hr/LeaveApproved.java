package energy.mwolo.contracts.hr;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A leave request was approved: the employee is away from {@code startDate} (from midday when
 * {@code startHalfDay}) to {@code endDate} (until midday when {@code endHalfDay}), {@code days} working days of
 * the agency's calendar, in halves. {@code approvedBy} is the approver's account id.
 */
@ContractPayload
public record LeaveApproved(
        UUID requestId,
        UUID employeeId,
        String leaveType,
        LocalDate startDate,
        boolean startHalfDay,
        LocalDate endDate,
        boolean endHalfDay,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days,
        UUID approvedBy,
        Instant occurredAt) {

    public static final EventContract<LeaveApproved> CONTRACT =
            new EventContract<>("hr", "leave", "LeaveApproved", 1, LeaveApproved.class);

    public LeaveApproved {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(leaveType, "leaveType");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
