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
 * A leave request was cancelled. When {@code wasApproved}, the employee is no longer away on those days and the
 * {@code days} went back to the balance.
 */
@ContractPayload
public record LeaveCancelled(
        UUID requestId,
        UUID employeeId,
        String leaveType,
        LocalDate startDate,
        LocalDate endDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days,
        boolean wasApproved,
        UUID cancelledBy,
        Instant occurredAt) {

    public static final EventContract<LeaveCancelled> CONTRACT =
            new EventContract<>("hr", "leave", "LeaveCancelled", 1, LeaveCancelled.class);

    public LeaveCancelled {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(leaveType, "leaveType");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
