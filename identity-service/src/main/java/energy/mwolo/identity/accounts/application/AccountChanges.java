package energy.mwolo.identity.accounts.application;

import java.util.Optional;
import java.util.UUID;

/**
 * A partial change of an account (PATCH): a null field is left as it is; an empty Optional clears an optional one.
 */
public record AccountChanges(String email, String firstName, String lastName, Optional<String> postName,
                             Optional<String> phone, Optional<UUID> agency, Optional<UUID> client,
                             Optional<UUID> employee) {
}
