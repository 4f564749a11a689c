package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class UserNotFound extends DomainException {

    public UserNotFound(Object id) {
        super(ErrorKind.NOT_FOUND, "accounts.user.not_found", null, id);
    }
}
