package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.tokens.application.IssuedAccessToken;

/** What a sign-in, a password change or a refresh hands back: an access token, the next refresh token, the account. */
public record Session(IssuedAccessToken access, String refreshToken, User user) {

    @Override
    public String toString() {
        return "Session[user=" + user.id() + "]";
    }
}
