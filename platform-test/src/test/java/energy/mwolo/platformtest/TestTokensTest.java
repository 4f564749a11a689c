package energy.mwolo.platformtest;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestTokensTest {

    private final JwtDecoder decoder = decoderFromJwks(TestTokens.jwksJson());

    @Test
    void aMintedTokenVerifiesAgainstThePublishedKeySetWithTheRequestedClaims() {
        UUID user = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID employee = UUID.randomUUID();

        String token = TestTokens.user(user).roles("ADMIN", "HR").perms("geo:create", "geo:update")
                .agency(agency).client(client).employee(employee).expiresIn(Duration.ofMinutes(5)).mint();
        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getHeaders()).containsEntry("kid", "test-key").containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo(user.toString());
        assertThat(jwt.getIssuer()).hasToString(TestTokens.ISSUER);
        assertThat(jwt.getAudience()).containsExactly(TestTokens.AUDIENCE);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN", "HR");
        assertThat(jwt.getClaimAsStringList("perms")).containsExactly("geo:create", "geo:update");
        assertThat(jwt.getClaimAsString("agency_id")).isEqualTo(agency.toString());
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo(client.toString());
        assertThat(jwt.getClaimAsString("employee_id")).isEqualTo(employee.toString());
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getIssuedAt()).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
        assertThat(jwt.getNotBefore()).isEqualTo(jwt.getIssuedAt());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void optionalClaimsAreLeftOutAndEachTokenHasItsOwnId() {
        UUID user = UUID.randomUUID();
        Jwt first = decoder.decode(TestTokens.user(user).mint());
        Jwt second = decoder.decode(TestTokens.user(user).mint());

        assertThat(first.getClaims()).doesNotContainKeys("agency_id", "client_id", "employee_id");
        assertThat(first.getClaimAsStringList("roles")).isEmpty();
        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(Duration.between(first.getIssuedAt(), first.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aTokenCanBeMintedWithoutExpiry() {
        String token = TestTokens.anyUser().withoutExpiry().mint();

        assertThat(decoder.decode(token).getExpiresAt()).isNull();
    }

    @Test
    void anyUserIsSomeoneNewEachTime() {
        Jwt first = decoder.decode(TestTokens.anyUser().roles("HR").mint());
        Jwt second = decoder.decode(TestTokens.anyUser().roles("HR").mint());

        assertThat(UUID.fromString(first.getSubject())).isNotEqualTo(UUID.fromString(second.getSubject()));
        assertThat(first.getClaimAsStringList("roles")).containsExactly("HR");
    }

    @Test
    void expiredNotYetValidAndForeignTokensAreRejected() {
        UUID user = UUID.randomUUID();
        String expired = TestTokens.user(user).expiresIn(Duration.ofMinutes(-5)).mint();
        String early = TestTokens.user(user).notBefore(Instant.now().plus(Duration.ofHours(1))).mint();
        String foreignIssuer = TestTokens.user(user).issuer("https://elsewhere.example").mint();
        String foreignAudience = TestTokens.user(user).audience("someone-else").mint();

        for (String token : List.of(expired, early, foreignIssuer, foreignAudience)) {
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
        }
    }

    private static JwtDecoder decoderFromJwks(String jwksJson) {
        try {
            RSAKey key = JWKSet.parse(jwksJson).getKeyByKeyId(TestTokens.KEY_ID).toRSAKey();
            assertThat(key.isPrivate()).as("the published key set holds no private key").isFalse();
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER),
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(TestTokens.AUDIENCE))));
            return decoder;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
