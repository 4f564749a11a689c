package energy.mwolo.operations.interventions.model;

import java.util.Objects;
import java.util.UUID;

public record InterventionId(UUID value) {

    public InterventionId {
        Objects.requireNonNull(value, "value");
    }

    public static InterventionId newId() {
        return new InterventionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
