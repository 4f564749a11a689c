package energy.mwolo.geo.geography.application;

import energy.mwolo.geo.geography.model.Commune;
import energy.mwolo.geo.geography.model.CommuneId;
import energy.mwolo.geo.geography.model.Communes;
import energy.mwolo.geo.geography.model.Countries;
import energy.mwolo.geo.geography.model.Country;
import energy.mwolo.geo.geography.model.CountryId;
import energy.mwolo.geo.geography.model.PlaceKind;
import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.Provinces;
import energy.mwolo.geo.geography.model.Territories;
import energy.mwolo.geo.geography.model.Territory;
import energy.mwolo.geo.geography.model.TerritoryId;
import energy.mwolo.geo.geography.model.UnknownParent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Resolves the places a request refers to. A reference to a missing place is a fault of the request (400 naming
 * the field), unlike a missing place in the URL (404).
 */
@Component
public class Parents {

    private final Countries countries;
    private final Provinces provinces;
    private final Communes communes;
    private final Territories territories;

    Parents(Countries countries, Provinces provinces, Communes communes, Territories territories) {
        this.countries = countries;
        this.provinces = provinces;
        this.communes = communes;
        this.territories = territories;
    }

    public Country country(UUID id) {
        return countries.byId(new CountryId(id))
                .orElseThrow(() -> new UnknownParent("country", PlaceKind.COUNTRY, id));
    }

    public Province province(UUID id) {
        return provinces.byId(new ProvinceId(id))
                .orElseThrow(() -> new UnknownParent("province", PlaceKind.PROVINCE, id));
    }

    public Commune commune(UUID id) {
        return communes.byId(new CommuneId(id))
                .orElseThrow(() -> new UnknownParent("commune", PlaceKind.COMMUNE, id));
    }

    public Territory territory(UUID id) {
        return territories.byId(new TerritoryId(id))
                .orElseThrow(() -> new UnknownParent("territory", PlaceKind.TERRITORY, id));
    }

    /** The province a request states, checked to exist, or null when it states none. */
    ProvinceId statedProvince(UUID id) {
        return id == null ? null : province(id).id();
    }
}
