package energy.mwolo.identity.roles;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** SUPER_ADMIN always holds every permission: nobody can lock the platform's last resort out. */
public class SuperAdminRoleIsFixed extends DomainException {

    SuperAdminRoleIsFixed() {
        super(ErrorKind.CONFLICT, "roles.super_admin_fixed", null);
    }
}
