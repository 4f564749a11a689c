package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A confirmation link for an address the account no longer has, or no longer waits for: ask for a new one. */
public class StaleEmailConfirmation extends DomainException {

    public StaleEmailConfirmation() {
        super(ErrorKind.INVALID, "accounts.email_confirmation.stale", "token");
    }
}
