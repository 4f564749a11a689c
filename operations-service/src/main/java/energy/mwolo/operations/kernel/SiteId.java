package energy.mwolo.operations.kernel;

import java.util.Objects;
import java.util.UUID;

/** A service point of crm-service, known here from its events. */
public record SiteId(UUID value) {

    public SiteId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
