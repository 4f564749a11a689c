package energy.mwolo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.platformtest.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class IssuerDecodersTest {

    private final IssuerDecoders decoders = new IssuerDecoders(new SecurityProperties(TestTokens.AUDIENCE, List.of(
            issuer(TestTokens.ISSUER, true), issuer(TestTokens.EXTERNAL_ISSUER, false)), null, List.of(), false));

    @Test
    void acceptsAnExpiringTokenOfATrustedIssuer() {
        Authentication authenticated = authenticate(TestTokens.ISSUER, TestTokens.anyUser().roles("HR").mint());

        assertThat(authenticated.isAuthenticated()).isTrue();
    }

    @Test
    void refusesATokenThatNeverExpires() {
        String forever = TestTokens.anyUser().roles("SUPER_ADMIN").withoutExpiry().mint();

        assertThatThrownBy(() -> authenticate(TestTokens.ISSUER, forever))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("exp");
    }

    @Test
    void readsLinkClaimsOnlyFromTheIssuerMarkedIdentity() {
        var client = java.util.UUID.randomUUID();
        var ours = (JwtAuthenticationToken) authenticate(TestTokens.ISSUER,
                TestTokens.anyUser().roles("CLIENT").client(client).mint());
        var theirs = (JwtAuthenticationToken) authenticate(TestTokens.EXTERNAL_ISSUER,
                TestTokens.anyUser().issuer(TestTokens.EXTERNAL_ISSUER).roles("CLIENT").client(client).mint());

        assertThat(TokenClaims.currentUser(ours).clientId()).isEqualTo(client);
        assertThat(TokenClaims.currentUser(theirs).clientId()).isNull();
        assertThat(TokenClaims.currentUser(theirs).roles()).containsExactly("CLIENT");
    }

    private Authentication authenticate(String issuer, String token) {
        return decoders.resolve(issuer).authenticate(new BearerTokenAuthenticationToken(token));
    }

    private static SecurityProperties.Issuer issuer(String issuer, boolean identity) {
        var jwks = new ByteArrayResource(TestTokens.jwksJson().getBytes(StandardCharsets.UTF_8));
        return new SecurityProperties.Issuer(issuer, null, jwks, null, null, null, identity);
    }
}
