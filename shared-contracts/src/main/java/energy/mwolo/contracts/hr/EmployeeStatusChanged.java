package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee's status changed: {@code active}, {@code suspended}, {@code on_leave}, {@code left}. {@code reason} is
 * HR's free text, when given (never published for a departure). Consumers that only care about presence (payroll,
 * identity's account state) read this rather than diffing EmployeeUpdated.
 */
@ContractPayload
public record EmployeeStatusChanged(
        UUID employeeId,
        String number,
        UUID agencyId,
        String previousStatus,
        String status,
        String reason,
        Instant occurredAt) {

    public static final EventContract<EmployeeStatusChanged> CONTRACT =
            new EventContract<>("hr", "employee", "EmployeeStatusChanged", 1, EmployeeStatusChanged.class);

    public EmployeeStatusChanged {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
