package energy.mwolo.geo.agencies.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class AgencyNotFound extends DomainException {

    public AgencyNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "agencies.not_found", null, id);
    }
}
