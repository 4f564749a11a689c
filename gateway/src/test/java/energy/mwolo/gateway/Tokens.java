package energy.mwolo.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import energy.mwolo.platformtest.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens the tests act with: identity-service's (platform-test's {@link TestTokens}) and those of a second,
 * Keycloak-shaped issuer ("SSO": roles under {@code realm_access.roles}, its own audience, RSA and EC keys).
 */
public final class Tokens {

    public static final String SSO_ISSUER = "https://sso.test.mwolo.local/realms/mwolo";
    public static final String SSO_AUDIENCE = "mwolo-web";
    private static final RSAKey SSO_RSA = rsa("sso-rsa");
    private static final ECKey SSO_EC = ec("sso-ec");

    private Tokens() {
    }

    /** A fresh user (so a fresh rate limit bucket) with these roles, from identity-service. */
    public static String user(String... roles) {
        return TestTokens.anyUser().roles(roles).mint();
    }

    /** The SSO issuer's public keys. */
    public static String ssoJwks() {
        return new JWKSet(List.of(SSO_RSA.toPublicJWK(), SSO_EC.toPublicJWK())).toString();
    }

    /** A token from the SSO issuer, signed RS256, carrying {@code role} as Keycloak does. */
    public static String sso(String role) {
        return sso(role, JWSAlgorithm.RS256);
    }

    public static String sso(String role, JWSAlgorithm algorithm) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer(SSO_ISSUER)
                .audience(SSO_AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("realm_access", Map.of("roles", List.of(role, "offline_access")))
                .build();
        try {
            if (algorithm == JWSAlgorithm.ES256) {
                return signed(new JWSHeader.Builder(algorithm).keyID(SSO_EC.getKeyID()).type(JOSEObjectType.JWT).build(),
                        claims, new ECDSASigner(SSO_EC));
            }
            return signed(new JWSHeader.Builder(algorithm).keyID(SSO_RSA.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims, new RSASSASigner(SSO_RSA));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any claims, signed by the SSO issuer's RSA key: for tokens a well-behaved issuer would not make. */
    public static String ssoSigned(JWTClaimsSet claims) {
        try {
            return signed(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SSO_RSA.getKeyID()).type(JOSEObjectType.JWT)
                    .build(), claims, new RSASSASigner(SSO_RSA));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signed(JWSHeader header, JWTClaimsSet claims, com.nimbusds.jose.JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
