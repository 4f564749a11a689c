package energy.mwolo.operations.meters.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class MeterNotFound extends DomainException {

    public MeterNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "meters.not_found", null, id);
    }
}
