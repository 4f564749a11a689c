package energy.mwolo.identity.accounts.web;

import energy.mwolo.identity.accounts.application.UserView;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's account as administrators see it in lists and details; never its password.
 *
 * @param id             the account's id, the {@code sub} of its access tokens
 * @param email          the address the person signs in with, in lower case, unique
 * @param firstName      the person's first name
 * @param lastName       the person's last name
 * @param postName       the Congolese post-nom; null when none was given
 * @param phone          the person's phone number as given; null when none
 * @param role           the account's role: {@code SUPER_ADMIN}, {@code ADMIN}, {@code HR}, {@code ACCOUNTANT},
 *                       {@code OPERATIONS}, {@code SALES_AGENT}, {@code EMPLOYEE} or {@code CLIENT}
 * @param agency         the geo-service agency the account belongs to; null when none
 * @param client         the CRM client the account acts for (a customer's own records); null when none
 * @param employee       the HR employee the account belongs to; null when none
 * @param status         {@code active}, {@code locked} (too many wrong passwords for this email: addresses that have
 *                       not signed in to it lately wait longer after a wrong one; the holder is not refused) or
 *                       {@code disabled} (cannot sign in)
 * @param lockedUntil    when the lock ends, ISO-8601 UTC; null when the account is not locked
 * @param lastLogin      when the person last signed in, ISO-8601 UTC; null before the first sign-in
 * @param createdAt      when the account was opened, ISO-8601 UTC
 * @param updatedAt      when the account was last written, ISO-8601 UTC; sign-ins and refused sign-ins count
 * @param emailConfirmed whether {@code email} is confirmed: through a mailed link, or by the administrator who set the
 *                       first password
 * @param pendingEmail   a new address waiting to be confirmed through the link mailed to it, then to replace
 *                       {@code email}; null when none is pending
 */
record UserResponse(UUID id, String email, String firstName, String lastName, String postName, String phone,
                    String role, UUID agency, UUID client, UUID employee, String status, Instant lockedUntil,
                    Instant lastLogin, Instant createdAt, Instant updatedAt, boolean emailConfirmed,
                    String pendingEmail) {

    static UserResponse from(UserView view) {
        return new UserResponse(view.id(), view.email(), view.firstName(), view.lastName(), view.postName(),
                view.phone(), view.role(), view.agency(), view.client(), view.employee(), view.status(),
                view.lockedUntil(), view.lastLoginAt(), view.createdAt(), view.updatedAt(), view.emailConfirmed(),
                view.pendingEmail());
    }
}
