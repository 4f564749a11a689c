package energy.mwolo.operations.kernel;

import java.util.Objects;
import java.util.UUID;

/** A supply contract of crm-service, known here from its events. */
public record ContractId(UUID value) {

    public ContractId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
