package energy.mwolo.operations.interventions.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class InterventionNotFound extends DomainException {

    public InterventionNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "interventions.not_found", null, id);
    }
}
