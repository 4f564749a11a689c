package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A submitted leave request was refused by the employee's manager or HR ({@code rejectedBy}). */
@ContractPayload
public record LeaveRejected(
        UUID requestId,
        UUID employeeId,
        String leaveType,
        LocalDate startDate,
        LocalDate endDate,
        UUID rejectedBy,
        Instant occurredAt) {

    public static final EventContract<LeaveRejected> CONTRACT =
            new EventContract<>("hr", "leave", "LeaveRejected", 1, LeaveRejected.class);

    public LeaveRejected {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(leaveType, "leaveType");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
