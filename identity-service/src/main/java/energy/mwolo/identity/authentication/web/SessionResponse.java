package energy.mwolo.identity.authentication.web;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.authentication.application.Session;
import java.util.UUID;

/** The answer to a sign-in or a password change: {@code {access, refresh, token_type, expires_in, user, role}}. */
record SessionResponse(String access, String refresh, String tokenType, long expiresIn, SignedInUser user,
                       String role) {

    static SessionResponse from(Session session) {
        User user = session.user();
        return new SessionResponse(session.access().token(), session.refreshToken(), "Bearer",
                session.access().expiresIn(), SignedInUser.from(user), user.role().name());
    }

    record SignedInUser(UUID id, String email, String firstName, String lastName, String postName, String phone,
                        String role, UUID agency, UUID client, UUID employee) {

        static SignedInUser from(User user) {
            return new SignedInUser(user.id().value(), user.email().value(), user.profile().firstName(),
                    user.profile().lastName(), user.profile().postName(), user.profile().phone(), user.role().name(),
                    user.links().agency(), user.links().client(), user.links().employee());
        }
    }

    /** The answer to a refresh: {@code {access, refresh}}, with the token type and life as a sign-in has. */
    record Refreshed(String access, String refresh, String tokenType, long expiresIn) {

        static Refreshed from(Session session) {
            return new Refreshed(session.access().token(), session.refreshToken(), "Bearer",
                    session.access().expiresIn());
        }
    }
}
