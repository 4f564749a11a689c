package energy.mwolo.identity.roles;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class UnknownPermission extends DomainException {

    UnknownPermission(String permission) {
        super(ErrorKind.INVALID, "roles.permission_unknown", "permissions", permission);
    }
}
