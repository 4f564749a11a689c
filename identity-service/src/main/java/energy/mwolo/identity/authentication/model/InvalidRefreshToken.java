package energy.mwolo.identity.authentication.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Unknown, expired, spent or revoked: the caller is told no more than that. */
public class InvalidRefreshToken extends DomainException {

    public InvalidRefreshToken() {
        super(ErrorKind.UNAUTHENTICATED, "auth.invalid_refresh_token", null);
    }
}
