package energy.mwolo.identity.roles;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class UnknownRole extends DomainException {

    UnknownRole(String code, String field) {
        super(ErrorKind.INVALID, "roles.unknown", field, code);
    }
}
