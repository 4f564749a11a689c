package energy.mwolo.geo.agencies.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** An agency's code names its province, so an agency in another province is another agency. */
public class AgencyCannotMove extends DomainException {

    public AgencyCannotMove(AgencyCode code) {
        super(ErrorKind.INVALID, "agencies.province_fixed", "province", code.value());
    }
}
