package energy.mwolo.identity.authentication.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The same answer for an unknown account and a wrong password: nobody learns which accounts exist. */
public class InvalidCredentials extends DomainException {

    public InvalidCredentials() {
        super(ErrorKind.UNAUTHENTICATED, "auth.invalid_credentials", null);
    }
}
