package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An employee's record changed (details, manager, status or account link): the whole public state after the change.
 * Salary and NIF are never published. Nullable as in {@link EmployeeHired}.
 */
@ContractPayload
public record EmployeeUpdated(
        UUID employeeId,
        String number,
        UUID agencyId,
        String firstName,
        String lastName,
        String postName,
        String position,
        String department,
        String contractType,
        LocalDate hireDate,
        LocalDate endDate,
        String status,
        UUID managerId,
        UUID userId,
        boolean keyStaff,
        String photoUrl,
        String bio,
        Instant occurredAt) {

    public static final EventContract<EmployeeUpdated> CONTRACT =
            new EventContract<>("hr", "employee", "EmployeeUpdated", 1, EmployeeUpdated.class);

    public EmployeeUpdated {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
