package energy.mwolo.geo.geography.model;

import java.util.Objects;

/** A nationality people can hold (e.g. "Congolaise (RDC)"), attached to the country that grants it. */
public record Nationality(NationalityId id, CountryId countryId, PlaceCode code, String name) {

    public Nationality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(countryId, "countryId");
        Objects.requireNonNull(code, "code");
        name = PlaceName.require(name);
    }

    public static Nationality register(Country country, PlaceCode code, String name) {
        return new Nationality(NationalityId.newId(), country.id(), code, name);
    }

    public Nationality revise(Country country, PlaceCode newCode, String newName) {
        return new Nationality(id, country.id(), newCode, newName);
    }
}
