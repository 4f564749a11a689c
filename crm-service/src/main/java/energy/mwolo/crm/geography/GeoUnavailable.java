package energy.mwolo.crm.geography;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class GeoUnavailable extends DomainException {

    GeoUnavailable() {
        super(ErrorKind.UNAVAILABLE, "crm.geo.unavailable", null);
    }
}
