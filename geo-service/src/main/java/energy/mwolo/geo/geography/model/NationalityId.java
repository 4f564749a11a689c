package energy.mwolo.geo.geography.model;

import java.util.Objects;
import java.util.UUID;

public record NationalityId(UUID value) {

    public NationalityId {
        Objects.requireNonNull(value, "value");
    }

    public static NationalityId newId() {
        return new NationalityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
