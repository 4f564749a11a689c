package energy.mwolo.geo.agencies.model;

import java.util.Objects;
import java.util.UUID;

/** A user of identity-service (an agency manager); only its id is known here. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
