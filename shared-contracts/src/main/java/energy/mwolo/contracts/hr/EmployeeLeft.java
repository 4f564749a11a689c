package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An employee left the company; {@code endDate} is the last day worked (Africa/Kinshasa). */
@ContractPayload
public record EmployeeLeft(
        UUID employeeId,
        String number,
        UUID agencyId,
        LocalDate endDate,
        Instant occurredAt) {

    public static final EventContract<EmployeeLeft> CONTRACT =
            new EventContract<>("hr", "employee", "EmployeeLeft", 1, EmployeeLeft.class);

    public EmployeeLeft {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
