package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Only super administrators change super administrators' accounts, or make someone one. */
public class SuperAdminProtected extends DomainException {

    SuperAdminProtected() {
        super(ErrorKind.FORBIDDEN, "accounts.super_admin_protected", null);
    }
}
