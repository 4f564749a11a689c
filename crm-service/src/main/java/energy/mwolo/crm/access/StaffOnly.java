package energy.mwolo.crm.access;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

class StaffOnly extends DomainException {

    StaffOnly(String permission) {
        super(ErrorKind.FORBIDDEN, "auth.permission_denied", null, permission);
    }
}
