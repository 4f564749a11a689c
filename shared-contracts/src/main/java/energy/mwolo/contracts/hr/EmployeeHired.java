package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person joined the staff under an employee number. The public-profile fields (key_staff, photo_url, bio)
 * feed the website's team page; salary and NIF are never published. Nullable: {@code postName}, {@code endDate},
 * {@code managerId}, {@code userId}, {@code photoUrl}, {@code bio}.
 */
@ContractPayload
public record EmployeeHired(
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

    public static final EventContract<EmployeeHired> CONTRACT =
            new EventContract<>("hr", "employee", "EmployeeHired", 1, EmployeeHired.class);

    public EmployeeHired {
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
