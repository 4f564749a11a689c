package energy.mwolo.geo.agencies.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class AgencyIsClosed extends DomainException {

    public AgencyIsClosed(AgencyCode code) {
        super(ErrorKind.CONFLICT, "agencies.closed", null, code.value());
    }
}
