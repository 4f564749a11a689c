package energy.mwolo.identity.authentication.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class SamePassword extends DomainException {

    public SamePassword() {
        super(ErrorKind.INVALID, "auth.same_password", "new_password");
    }
}
