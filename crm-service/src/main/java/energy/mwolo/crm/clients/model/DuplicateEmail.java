package energy.mwolo.crm.clients.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class DuplicateEmail extends DomainException {

    public DuplicateEmail(String email) {
        super(ErrorKind.CONFLICT, "crm.client.duplicate_email", "email", email);
    }
}
