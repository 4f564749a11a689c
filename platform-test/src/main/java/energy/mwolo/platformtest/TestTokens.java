package energy.mwolo.platformtest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Access tokens as identity-service issues them (RS256, see ARCHITECTURE.md section 6), signed with a key pair
 * generated once per JVM. The Spring test integration points every service's resource server at this issuer.
 *
 * <pre>{@code
 * String jwt = TestTokens.user(userId).roles("ADMIN").perms("geo:create").mint();
 * mvc.perform(get("/api/geo/places/").header("Authorization", "Bearer " + jwt));
 * }</pre>
 */
public final class TestTokens {

    /** The {@code iss} of test tokens. */
    public static final String ISSUER = "https://identity.test.mwolo.local";
    /**
     * A second trusted issuer of every test context, standing for an external provider such as Keycloak: same
     * signing key, same claims, but not identity-service, so its link claims ({@code client_id}, ...) tie nobody
     * to anything.
     */
    public static final String EXTERNAL_ISSUER = "https://sso.test.mwolo.local/realms/mwolo";
    /** The {@code aud} of test tokens. */
    public static final String AUDIENCE = "mwolo-platform";
    /** The {@code kid} of the signing key. */
    public static final String KEY_ID = "test-key";

    private static final RSAKey KEY = generateKey();

    private TestTokens() {
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate the test RSA key", e);
        }
    }

    /** Starts a token for user {@code id} (the {@code sub}), valid 15 minutes from now, with no roles. */
    public static Builder user(UUID id) {
        return new Builder(Objects.requireNonNull(id, "id").toString());
    }

    /** Starts a token for a user nobody else acts as (a fresh random id): the usual start of a service's presets. */
    public static Builder anyUser() {
        return user(UUID.randomUUID());
    }

    /** The public key as a JSON Web Key Set, as a JWKS endpoint would serve it. */
    public static String jwksJson() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    /** The public signing key. */
    public static RSAKey publicKey() {
        return KEY.toPublicJWK();
    }

    /** Builds and signs one token; every setter returns this builder. */
    public static final class Builder {
        private final String subject;
        private final List<String> roles = new ArrayList<>();
        private final List<String> perms = new ArrayList<>();
        private UUID agencyId;
        private UUID clientId;
        private UUID employeeId;
        private Duration expiresIn = Duration.ofMinutes(15);
        private boolean expires = true;
        private Instant notBefore;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;

        private Builder(String subject) {
            this.subject = subject;
        }

        /** Adds roles, e.g. {@code "ADMIN"}. */
        public Builder roles(String... roles) {
            this.roles.addAll(List.of(roles));
            return this;
        }

        /** Adds permissions, {@code module:action}, e.g. {@code "geo:create"}. */
        public Builder perms(String... perms) {
            this.perms.addAll(List.of(perms));
            return this;
        }

        /** Sets the {@code agency_id} claim. */
        public Builder agency(UUID agencyId) {
            this.agencyId = agencyId;
            return this;
        }

        /** Sets the {@code client_id} claim. */
        public Builder client(UUID clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Sets the {@code employee_id} claim. */
        public Builder employee(UUID employeeId) {
            this.employeeId = employeeId;
            return this;
        }

        /** Time to live from now; a negative duration gives an expired token. Default 15 minutes. */
        public Builder expiresIn(Duration expiresIn) {
            this.expiresIn = Objects.requireNonNull(expiresIn, "expiresIn");
            return this;
        }

        /** Leaves {@code exp} out: a token that would never expire, which every verifier must refuse. */
        public Builder withoutExpiry() {
            this.expires = false;
            return this;
        }

        /** Sets {@code nbf}; default: the issue time. */
        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /** Overrides {@code iss}, e.g. to test a foreign issuer. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Overrides {@code aud}, e.g. to test a token meant for another audience. */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** The signed token in compact form ({@code header.payload.signature}). */
        public String mint() {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .issueTime(Date.from(now))
                    .notBeforeTime(Date.from(notBefore == null ? now : notBefore))
                    .expirationTime(expires ? Date.from(now.plus(expiresIn)) : null)
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", List.copyOf(roles))
                    .claim("perms", List.copyOf(perms));
            if (agencyId != null) {
                claims.claim("agency_id", agencyId.toString());
            }
            if (clientId != null) {
                claims.claim("client_id", clientId.toString());
            }
            if (employeeId != null) {
                claims.claim("employee_id", employeeId.toString());
            }
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(KEY_ID)
                    .type(JOSEObjectType.JWT)
                    .build();
            SignedJWT jwt = new SignedJWT(header, claims.build());
            try {
                jwt.sign(new RSASSASigner(KEY));
            } catch (JOSEException e) {
                throw new IllegalStateException("Could not sign the test token", e);
            }
            return jwt.serialize();
        }

        /** {@code "Bearer " + mint()}, for an {@code Authorization} header. */
        public String bearer() {
            return "Bearer " + mint();
        }
    }
}
