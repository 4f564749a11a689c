package energy.mwolo.identity.roles;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class RoleNotFound extends DomainException {

    RoleNotFound(String code) {
        super(ErrorKind.NOT_FOUND, "roles.not_found", null, code);
    }
}
