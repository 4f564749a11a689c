package energy.mwolo.operations.meters.model;

import java.util.Objects;
import java.util.UUID;

public record MeterId(UUID value) {

    public MeterId {
        Objects.requireNonNull(value, "value");
    }

    public static MeterId newId() {
        return new MeterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
