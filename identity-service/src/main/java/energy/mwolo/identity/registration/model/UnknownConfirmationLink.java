package energy.mwolo.identity.registration.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No link was ever mailed with this token (or its account is disabled): a 400 naming the token. */
public class UnknownConfirmationLink extends DomainException {

    public UnknownConfirmationLink() {
        super(ErrorKind.INVALID, "registration.confirmation_unknown", "token");
    }
}
