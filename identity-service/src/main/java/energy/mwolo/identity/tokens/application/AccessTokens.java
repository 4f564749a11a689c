package energy.mwolo.identity.tokens.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import energy.mwolo.platform.security.SecurityProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Signs access tokens: RS256 with the current key's {@code kid}, claims as ARCHITECTURE.md §6 lists them. */
@Component
public class AccessTokens {

    private final ActiveKeys keys;
    private final TokenProperties properties;
    private final String audience;
    private final Clock clock;

    AccessTokens(ActiveKeys keys, TokenProperties properties, SecurityProperties security, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.audience = security.audience();
        this.clock = clock;
    }

    public IssuedAccessToken issue(AccessTokenClaims claims) {
        // JWT times are whole seconds; truncating keeps nbf from lying in the future.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .subject(claims.subject().toString())
                .issuer(properties.issuer())
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", claims.roles())
                .claim("perms", claims.permissions());
        if (claims.agency() != null) {
            set.claim("agency_id", claims.agency().toString());
        }
        if (claims.client() != null) {
            set.claim("client_id", claims.client().toString());
        }
        if (claims.employee() != null) {
            set.claim("employee_id", claims.employee().toString());
        }
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt, properties.accessTokenTtl().toSeconds());
    }
}
