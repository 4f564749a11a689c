package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Told only to someone who gave the account's right password: nobody else learns the account exists. */
public class AccountDisabled extends DomainException {

    public AccountDisabled() {
        super(ErrorKind.FORBIDDEN, "auth.account_disabled", null);
    }
}
