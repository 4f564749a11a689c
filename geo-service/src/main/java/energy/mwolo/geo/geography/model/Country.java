package energy.mwolo.geo.geography.model;

import java.util.Objects;

/** The root of the territory tree; its code is ISO 3166-1 alpha-2. */
public record Country(CountryId id, PlaceCode code, String name) {

    public Country {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        if (!code.isCountryCode()) {
            throw new InvalidPlaceCode(code.value());
        }
        name = PlaceName.require(name);
    }

    public static Country register(PlaceCode code, String name) {
        return new Country(CountryId.newId(), code, name);
    }

    public Country revise(PlaceCode newCode, String newName) {
        return new Country(id, newCode, newName);
    }
}
