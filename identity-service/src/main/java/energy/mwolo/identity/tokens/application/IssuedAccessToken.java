package energy.mwolo.identity.tokens.application;

import java.time.Instant;

/** A signed access token (compact JWS), when it expires and its life in seconds. */
public record IssuedAccessToken(String token, Instant expiresAt, long expiresIn) {

    @Override
    public String toString() {
        return "IssuedAccessToken[expiresAt=" + expiresAt + "]";
    }
}
