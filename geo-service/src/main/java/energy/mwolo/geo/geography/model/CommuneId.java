package energy.mwolo.geo.geography.model;

import java.util.Objects;
import java.util.UUID;

public record CommuneId(UUID value) {

    public CommuneId {
        Objects.requireNonNull(value, "value");
    }

    public static CommuneId newId() {
        return new CommuneId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
