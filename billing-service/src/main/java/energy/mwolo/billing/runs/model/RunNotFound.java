package energy.mwolo.billing.runs.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class RunNotFound extends DomainException {

    public RunNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "billing.run.not_found", null, id);
    }
}
