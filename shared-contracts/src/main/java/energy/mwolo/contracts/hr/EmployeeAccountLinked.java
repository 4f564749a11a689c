package energy.mwolo.contracts.hr;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * HR tied an identity account to this employee: the account's next token carries {@code employee_id}. An account
 * belongs to one employee at most. {@code linkedBy} is the HR user's account id (also the event's {@code ce_actor}).
 */
@ContractPayload
public record EmployeeAccountLinked(
        UUID employeeId,
        String number,
        UUID userId,
        UUID linkedBy,
        Instant occurredAt) {

    public static final EventContract<EmployeeAccountLinked> CONTRACT =
            new EventContract<>("hr", "employee", "EmployeeAccountLinked", 1, EmployeeAccountLinked.class);

    public EmployeeAccountLinked {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(linkedBy, "linkedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
