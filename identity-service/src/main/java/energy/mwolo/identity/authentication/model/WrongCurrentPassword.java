package energy.mwolo.identity.authentication.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class WrongCurrentPassword extends DomainException {

    public WrongCurrentPassword() {
        super(ErrorKind.INVALID, "auth.wrong_password", "old_password");
    }
}
