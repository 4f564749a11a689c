package energy.mwolo.geo.agencies.model;

import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.Territory;
import energy.mwolo.geo.geography.model.TerritoryId;
import java.util.Objects;

/** Where an agency stands: a province and, optionally, a territory of that province. */
public record AgencyLocation(ProvinceId province, TerritoryId territory) {

    public AgencyLocation {
        Objects.requireNonNull(province, "province");
    }

    /** @param territory null when the agency is placed in its province only */
    public static AgencyLocation of(Province province, Territory territory) {
        if (territory == null) {
            return new AgencyLocation(province.id(), null);
        }
        if (!territory.liesIn(province.id())) {
            throw new TerritoryOutsideProvince(territory, province);
        }
        return new AgencyLocation(province.id(), territory.id());
    }
}
