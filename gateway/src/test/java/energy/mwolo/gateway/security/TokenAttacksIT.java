package energy.mwolo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Tokens;
import energy.mwolo.platformtest.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens that must not get anyone in: each is refused with 401 before anything is forwarded. */
class TokenAttacksIT extends GatewayIT {

    private static final String PROTECTED = "/api/hr/employees/";

    @Test
    void letsAValidTokenThroughUnchanged() {
        String token = Tokens.user("HR");

        Api.Reply reply = api.get(PROTECTED).as(token).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(StubUpstream.answeredBy(reply)).isEqualTo("hr");
        assertThat(StubUpstream.forwarded(reply, "authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void asksForATokenWhenThereIsNone() {
        Api.Reply reply = api.get(PROTECTED).send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo("auth.required");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesAnUnsignedToken() {
        String token = new PlainJWT(claims().build()).serialize();

        assertRefused(token);
    }

    @Test
    void refusesAnHmacTokenSignedWithThePublicKey() throws JOSEException {
        byte[] publicKey = TestTokens.publicKey().toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestTokens.KEY_ID).build(),
                claims().build());
        jwt.sign(new MACSigner(publicKey));

        assertRefused(jwt.serialize());
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(TestTokens.anyUser().roles("HR").expiresIn(Duration.ofMinutes(-5)).mint());
    }

    @Test
    void refusesATokenNotValidYet() {
        assertRefused(TestTokens.anyUser().roles("HR").notBefore(Instant.now().plusSeconds(600)).mint());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefused(TestTokens.anyUser().roles("HR").issuer("https://evil.example").mint());
    }

    @Test
    void refusesATokenMeantForAnotherAudience() {
        assertRefused(TestTokens.anyUser().roles("HR").audience("another-platform").mint());
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() {
        String[] parts = TestTokens.anyUser().roles("EMPLOYEE").mint().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("EMPLOYEE", "SUPER_ADMIN");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(tampered);
    }

    @Test
    void refusesATokenSignedWithAnUnknownKey() throws JOSEException {
        RSAKey stranger = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("unknown-key").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-key")
                .type(JOSEObjectType.JWT).build(), claims().build());
        jwt.sign(new RSASSASigner(stranger));

        assertRefused(jwt.serialize());
    }

    @Test
    void refusesAForeignKeyPassedOffAsOurs() throws JOSEException {
        RSAKey stranger = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestTokens.KEY_ID)
                .type(JOSEObjectType.JWT).build(), claims().build());
        jwt.sign(new RSASSASigner(stranger));

        assertRefused(jwt.serialize());
    }

    @Test
    void refusesATokenThatNeverExpires() {
        JWTClaimsSet claims = claims().issuer(Tokens.SSO_ISSUER).audience(Tokens.SSO_AUDIENCE).expirationTime(null)
                .build();

        assertRefused(Tokens.ssoSigned(claims));
    }

    @Test
    void refusesGarbage() {
        assertRefused("not-a-token");
    }

    @Test
    void explainsInEnglishWhenAsked() {
        Api.Reply reply = api.get(PROTECTED).as("not-a-token").header("Accept-Language", "en-GB,en;q=0.9").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("detail").asString()).isEqualTo("The access token is invalid or expired.");
        assertThat(reply.json().path("title").asString()).isEqualTo("Authentication required");
    }

    @Test
    void explainsInFrenchByDefault() {
        Api.Reply reply = api.get(PROTECTED).as("not-a-token").send();

        assertThat(reply.json().path("detail").asString()).isEqualTo("Le jeton d'accès est invalide ou expiré.");
        assertThat(reply.json().path("type").asString()).isEqualTo("urn:mwolo:problem:auth.invalid_token");
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void acceptsAnEs256TokenFromATrustedIssuer() {
        Api.Reply reply = api.get(PROTECTED).as(Tokens.sso("HR", JWSAlgorithm.ES256)).send();

        assertThat(reply.status()).isEqualTo(200);
    }

    private void assertRefused(String token) {
        Api.Reply reply = api.get(PROTECTED).as(token).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo("auth.invalid_token");
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("roles", List.of("SUPER_ADMIN"));
    }
}
