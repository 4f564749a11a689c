package energy.mwolo.geo.agencies.model;

import java.util.Objects;
import java.util.UUID;

public record AgencyId(UUID value) {

    public AgencyId {
        Objects.requireNonNull(value, "value");
    }

    public static AgencyId newId() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
