package energy.mwolo.identity.accounts.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as lists and details show it; never its password hash nor its lockout counters. {@code pendingEmail}
 * is an address waiting for confirmation to replace {@code email}.
 */
public record UserView(UUID id, String email, String firstName, String lastName, String postName, String phone,
                       String role, UUID agency, UUID client, UUID employee, String status, Instant lockedUntil,
                       Instant lastLoginAt, Instant createdAt, Instant updatedAt, boolean emailConfirmed,
                       String pendingEmail) {
}
