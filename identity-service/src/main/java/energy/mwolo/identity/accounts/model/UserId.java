package energy.mwolo.identity.accounts.model;

import java.util.Objects;
import java.util.UUID;

/** An account's id: the {@code sub} of its tokens, referenced by every other service. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
