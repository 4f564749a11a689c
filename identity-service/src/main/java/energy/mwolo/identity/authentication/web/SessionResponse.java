package energy.mwolo.identity.authentication.web;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.authentication.application.Session;
import java.util.UUID;

/**
 * The tokens of a new session with the account that opened it, answered to a sign-in or a password change.
 *
 * @param access    the access token, a JWT signed with RS256, to send as {@code Authorization: Bearer <token>}; it
 *                  carries the account's role and permissions
 * @param refresh   the refresh token that gets the next pair at {@code /api/auth/refresh/}; opaque, usable once, valid
 *                  7 days by default, and a session ends 30 days after its sign-in however often it is refreshed
 * @param tokenType always {@code Bearer}
 * @param expiresIn the access token's life in seconds from now (900, 15 minutes, by default)
 * @param user      the signed-in account
 * @param role      the account's role, as in {@code user.role}
 */
record SessionResponse(String access, String refresh, String tokenType, long expiresIn, SignedInUser user,
                       String role) {

    static SessionResponse from(Session session) {
        User user = session.user();
        return new SessionResponse(session.access().token(), session.refreshToken(), "Bearer",
                session.access().expiresIn(), SignedInUser.from(user), user.role().name());
    }

    /**
     * The account that signed in, as its access token describes it.
     *
     * @param id        the account's id, the {@code sub} of its access tokens
     * @param email     the address the person signs in with, in lower case
     * @param firstName the person's first name
     * @param lastName  the person's last name
     * @param postName  the Congolese post-nom; null when none was given
     * @param phone     the person's phone number as given; null when none
     * @param role      the account's role: {@code SUPER_ADMIN}, {@code ADMIN}, {@code HR}, {@code ACCOUNTANT},
     *                  {@code OPERATIONS}, {@code SALES_AGENT}, {@code EMPLOYEE} or {@code CLIENT}
     * @param agency    the geo-service agency the account belongs to; null when none
     * @param client    the CRM client the account acts for (a customer's own records); null when none
     * @param employee  the HR employee the account belongs to; null when none
     */
    record SignedInUser(UUID id, String email, String firstName, String lastName, String postName, String phone,
                        String role, UUID agency, UUID client, UUID employee) {

        static SignedInUser from(User user) {
            return new SignedInUser(user.id().value(), user.email().value(), user.profile().firstName(),
                    user.profile().lastName(), user.profile().postName(), user.profile().phone(), user.role().name(),
                    user.links().agency(), user.links().client(), user.links().employee());
        }
    }

    /**
     * A new token pair, answered to a refresh: the refresh token presented is spent and this one takes its place in the
     * same session.
     *
     * @param access    the access token, a JWT signed with RS256, to send as {@code Authorization: Bearer <token>}; it
     *                  carries the account's role and permissions
     * @param refresh   the next refresh token, to present at the next refresh; opaque and usable once
     * @param tokenType always {@code Bearer}
     * @param expiresIn the access token's life in seconds from now (900, 15 minutes, by default)
     */
    record Refreshed(String access, String refresh, String tokenType, long expiresIn) {

        static Refreshed from(Session session) {
            return new Refreshed(session.access().token(), session.refreshToken(), "Bearer",
                    session.access().expiresIn());
        }
    }
}
