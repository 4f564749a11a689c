package energy.mwolo.audit.log.application;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class AuditEventNotFound extends DomainException {

    public AuditEventNotFound(String id) {
        super(ErrorKind.NOT_FOUND, "audit.event.not_found", null, id);
    }
}
