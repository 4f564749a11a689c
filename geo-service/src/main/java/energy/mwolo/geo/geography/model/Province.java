package energy.mwolo.geo.geography.model;

import java.util.Objects;

/** A province of a country; its code is the subdivision part of ISO 3166-2 (KN for CD-KN). */
public record Province(ProvinceId id, CountryId countryId, PlaceCode code, String name) {

    public Province {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(countryId, "countryId");
        Objects.requireNonNull(code, "code");
        if (!code.isSubdivisionCode()) {
            throw new InvalidPlaceCode(code.value());
        }
        name = PlaceName.require(name);
    }

    /** Taking the country itself, not its id, makes "the parent exists" a precondition the caller must meet. */
    public static Province register(Country country, PlaceCode code, String name) {
        return new Province(ProvinceId.newId(), country.id(), code, name);
    }

    public Province revise(Country country, PlaceCode newCode, String newName) {
        return new Province(id, country.id(), newCode, newName);
    }
}
