package energy.mwolo.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.tokens.application.ActiveKeys;
import energy.mwolo.platformtest.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every way to forge or misuse an access token is refused with 401 by an endpoint of this very service. The forged
 * tokens are otherwise perfect: same subject, and (where the attack allows) signed with the real signing key.
 */
class TokenAttacksIT extends AbstractApiIT {

    private static final String ME = "/api/auth/me/";

    @Autowired
    private ActiveKeys keys;

    @Test
    void aGenuineTokenIsAccepted() {
        Accounts.Signed root = accounts.root();

        assertThat(api.get(ME).as(root.access()).send().status()).isEqualTo(200);
        assertThat(api.get(ME).as(signedWithTheRealKey(claims -> claims)).send().status()).isEqualTo(200);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String genuine = accounts.root().access();
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        assertRefused(header + "." + genuine.split("\\.")[1] + ".");
    }

    @Test
    void aTokenSignedWithHs256AndThePublicKeyAsSecretIsRefused() throws Exception {
        RSAKey publicKey = keys.published().getKeys().get(0).toRSAKey();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), validClaims().build());
        forged.sign(new MACSigner(publicKey.toRSAPublicKey().getEncoded()));

        assertRefused(forged.serialize());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(20));

        assertRefused(signedWithTheRealKey(claims -> claims.issueTime(Date.from(past))
                .notBeforeTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))));
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() {
        assertRefused(signedWithTheRealKey(claims -> claims.expirationTime(null)));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));

        assertRefused(signedWithTheRealKey(claims -> claims.notBeforeTime(Date.from(later))));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertRefused(signedWithTheRealKey(claims -> claims.issuer("https://identity.evil.example")));
        assertRefused(TestTokens.anyUser().roles("SUPER_ADMIN").mint());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(signedWithTheRealKey(claims -> claims.audience("another-platform")));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = accounts.signedIn("CLIENT").access().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CLIENT\"", "\"SUPER_ADMIN\"");

        assertRefused(parts[0] + "." + base64(payload) + "." + parts[2]);
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("unknown-kid").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-kid")
                .type(JOSEObjectType.JWT).build(), validClaims().build());
        forged.sign(new RSASSASigner(stranger));

        assertRefused(forged.serialize());
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheRealKidIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(keys.signingKey().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(stranger.getKeyID()).type(JOSEObjectType.JWT).build(), validClaims().build());
        forged.sign(new RSASSASigner(stranger));

        assertRefused(forged.serialize());
    }

    @Test
    void garbageIsRefused() {
        assertRefused("not-a-jwt");
    }

    private void assertRefused(String token) {
        Api.Reply reply = api.get(ME).as(token).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo("auth.invalid_token");
    }

    private String signedWithTheRealKey(UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            RSAKey key = keys.signingKey();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), change.apply(validClaims()).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(accountId().toString())
                .issuer(ISSUER)
                .audience("mwolo-platform")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("SUPER_ADMIN"))
                .claim("perms", List.of("accounts:read"));
    }

    private UUID rootId;

    private UUID accountId() {
        if (rootId == null) {
            rootId = accounts.root().id();
        }
        return rootId;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

}
