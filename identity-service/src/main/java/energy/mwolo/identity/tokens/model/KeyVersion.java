package energy.mwolo.identity.tokens.model;

import java.time.Instant;
import java.util.Objects;

/** One signing key: its {@code kid} and the instant it starts signing. */
public record KeyVersion(String kid, Instant activeFrom) {

    public KeyVersion {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(activeFrom, "activeFrom");
    }
}
