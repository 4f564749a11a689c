package energy.mwolo.operations.meters.model;

import java.util.Objects;
import java.util.UUID;

public record MeterLinkId(UUID value) {

    public MeterLinkId {
        Objects.requireNonNull(value, "value");
    }

    public static MeterLinkId newId() {
        return new MeterLinkId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
