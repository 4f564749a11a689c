package energy.mwolo.identity.accounts.application;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Online self-registration is switched off (setting {@code self_registration_open}). */
public class RegistrationClosed extends DomainException {

    RegistrationClosed() {
        super(ErrorKind.FORBIDDEN, "accounts.registration_closed", null);
    }
}
