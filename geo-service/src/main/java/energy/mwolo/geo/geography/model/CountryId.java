package energy.mwolo.geo.geography.model;

import java.util.Objects;
import java.util.UUID;

public record CountryId(UUID value) {

    public CountryId {
        Objects.requireNonNull(value, "value");
    }

    public static CountryId newId() {
        return new CountryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
