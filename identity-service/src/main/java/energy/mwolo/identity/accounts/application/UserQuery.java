package energy.mwolo.identity.accounts.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Which accounts a list shows; null filters mean "any".
 *
 * @param status active, locked or disabled, as of {@code now}
 * @param search text to find, case-insensitively, in the email, names and phone
 */
public record UserQuery(String role, String status, UUID agency, String search, UserOrdering ordering,
                        Instant now) {
}
