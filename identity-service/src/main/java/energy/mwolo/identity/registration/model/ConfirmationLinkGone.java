package energy.mwolo.identity.registration.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The link was real but cannot confirm anything any more (answered 410): ask for a new one. */
public class ConfirmationLinkGone extends DomainException {

    private ConfirmationLinkGone(String code) {
        super(ErrorKind.INVALID, code, "token");
    }

    static ConfirmationLinkGone used() {
        return new ConfirmationLinkGone("registration.confirmation_used");
    }

    /** Expired, or replaced by a newer link. */
    static ConfirmationLinkGone expired() {
        return new ConfirmationLinkGone("registration.confirmation_expired");
    }
}
