package energy.mwolo.geo.geography.model;

import java.util.Objects;
import java.util.UUID;

public record ProvinceId(UUID value) {

    public ProvinceId {
        Objects.requireNonNull(value, "value");
    }

    public static ProvinceId newId() {
        return new ProvinceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
