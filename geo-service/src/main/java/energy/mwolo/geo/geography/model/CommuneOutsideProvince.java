package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The request names a province and a commune that lies in another one. */
public class CommuneOutsideProvince extends DomainException {

    public CommuneOutsideProvince(Commune commune) {
        super(ErrorKind.INVALID, "geo.commune.outside_province", "commune", commune.name());
    }
}
