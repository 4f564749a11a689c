package energy.mwolo.geo.geography.model;

import java.util.Objects;
import java.util.UUID;

public record TerritoryId(UUID value) {

    public TerritoryId {
        Objects.requireNonNull(value, "value");
    }

    public static TerritoryId newId() {
        return new TerritoryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
