package energy.mwolo.identity.roles;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The matrix is edited by super administrators only, whatever permissions the matrix itself grants. */
public class OnlySuperAdmins extends DomainException {

    OnlySuperAdmins() {
        super(ErrorKind.FORBIDDEN, "roles.super_admin_only", null);
    }
}
