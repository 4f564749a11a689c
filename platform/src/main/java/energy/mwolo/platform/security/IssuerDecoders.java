package energy.mwolo.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * One verifying decoder per trusted issuer: RS256 only, signature against the issuer's keys, then {@code exp}
 * (required: a token without one would never expire), {@code nbf}, {@code iss} and {@code aud}. A token from any
 * other issuer finds no decoder and is refused.
 */
final class IssuerDecoders implements AuthenticationManagerResolver<String> {

    private final Map<String, AuthenticationManager> managers = new HashMap<>();

    IssuerDecoders(SecurityProperties properties) {
        for (SecurityProperties.Issuer issuer : properties.issuers()) {
            NimbusJwtDecoder decoder = decoder(issuer);
            String audience = issuer.audience() != null ? issuer.audience() : properties.audience();
            decoder.setJwtValidator(validator(issuer.issuer(), audience));
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(
                    new TokenClaims(issuer.rolesClaim(), issuer.permissionsClaim(), issuer.identity()));
            managers.put(issuer.issuer(), provider::authenticate);
        }
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        return managers.get(issuer);
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<java.util.List<String>>("aud",
                aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                expiryRequired(), audienceValidator);
    }

    /** Spring checks {@code exp} only when present; ours, like the gateway, refuse a token without one. */
    private static OAuth2TokenValidator<Jwt> expiryRequired() {
        return new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull);
    }

    private static NimbusJwtDecoder decoder(SecurityProperties.Issuer issuer) {
        if (issuer.jwkSetUri() != null && !issuer.jwkSetUri().isBlank()) {
            return NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).jwsAlgorithm(
                    org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256).build();
        }
        if (issuer.jwkSetLocation() == null) {
            throw new IllegalStateException("Issuer " + issuer.issuer() + " needs jwk-set-uri or jwk-set-location");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(readJwks(issuer))));
        // Claims are checked by Spring's validators above, not by Nimbus.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        return new NimbusJwtDecoder(processor);
    }

    private static JWKSet readJwks(SecurityProperties.Issuer issuer) {
        try (InputStream in = issuer.jwkSetLocation().getInputStream()) {
            return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the JWKS of issuer " + issuer.issuer(), e);
        }
    }
}
