package energy.mwolo.identity.authentication.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Unknown, used or expired: ask for a new one. */
public class InvalidPasswordToken extends DomainException {

    public InvalidPasswordToken() {
        super(ErrorKind.INVALID, "auth.password_token_invalid", "token");
    }
}
