package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Objects;

/** The pair a refresh answered, kept for its retry grace: the next refresh token and the access token. */
public record Successor(String refreshToken, String accessToken, Instant accessExpiresAt, long accessExpiresIn) {

    public Successor {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
    }

    @Override
    public String toString() {
        return "Successor[accessExpiresAt=" + accessExpiresAt + "]";
    }
}
