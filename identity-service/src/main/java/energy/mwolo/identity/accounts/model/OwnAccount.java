package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Nobody disables their own account or changes their own role: the last administrator would lock everyone out. */
public class OwnAccount extends DomainException {

    public OwnAccount() {
        super(ErrorKind.CONFLICT, "accounts.own_account", null);
    }
}
