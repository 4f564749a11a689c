package energy.mwolo.geo.agencies.model;

import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.geo.geography.model.Territory;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class TerritoryOutsideProvince extends DomainException {

    public TerritoryOutsideProvince(Territory territory, Province province) {
        super(ErrorKind.INVALID, "agencies.territory_outside_province", "territory", territory.name(),
                province.name());
    }
}
