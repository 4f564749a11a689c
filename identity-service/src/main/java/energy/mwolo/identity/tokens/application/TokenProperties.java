package energy.mwolo.identity.tokens.application;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tokens this service issues.
 *
 * @param issuer          the {@code iss} of every token, and the base of the discovery document's URLs
 * @param accessTokenTtl  life of an access token
 * @param refreshTokenTtl life of a refresh token (each rotation starts a new one)
 */
@ConfigurationProperties("mwolo.identity.tokens")
public record TokenProperties(String issuer, Duration accessTokenTtl, Duration refreshTokenTtl) {

    public TokenProperties {
        Objects.requireNonNull(issuer, "mwolo.identity.tokens.issuer must be set");
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(7) : refreshTokenTtl;
    }
}
