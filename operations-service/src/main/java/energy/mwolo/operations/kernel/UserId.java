package energy.mwolo.operations.kernel;

import java.util.Objects;
import java.util.UUID;

/** An account of identity-service (a technician, say); this service keeps no copy of accounts. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId ofNullable(UUID value) {
        return value == null ? null : new UserId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
