package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The website's team page view of an employee: published when it changes for an employee listed before or after
 * (key staff, not gone). {@code listed} false means "take this person off the page". The page keeps, per employee,
 * the event with the latest {@code occurredAt}. Names, position and photo only: nothing confidential.
 */
@ContractPayload
public record TeamProfileChanged(
        UUID employeeId,
        boolean listed,
        UUID agencyId,
        String firstName,
        String lastName,
        String position,
        String department,
        String photoUrl,
        String bio,
        Instant occurredAt) {

    public static final EventContract<TeamProfileChanged> CONTRACT =
            new EventContract<>("hr", "employee", "TeamProfileChanged", 1, TeamProfileChanged.class);

    public TeamProfileChanged {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
