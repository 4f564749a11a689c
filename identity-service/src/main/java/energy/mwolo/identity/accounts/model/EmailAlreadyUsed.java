package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class EmailAlreadyUsed extends DomainException {

    public EmailAlreadyUsed() {
        super(ErrorKind.CONFLICT, "accounts.email.taken", "email");
    }
}
