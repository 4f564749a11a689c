package energy.mwolo.operations.meters.model;

import java.util.Objects;

/** What a relay request or report did to a meter's relay state. */
public record RelayChange(RelayState from, RelayState to) {

    public RelayChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean changed() {
        return from != to;
    }
}
