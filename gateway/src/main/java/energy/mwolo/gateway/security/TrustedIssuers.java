package energy.mwolo.gateway.security;

import com.nimbusds.jose.jwk.source.JWKSecurityContextJWKSet;
import com.nimbusds.jose.proc.JWKSecurityContext;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWTParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Verifies a token with the issuer it names, if that issuer is trusted: signature (RS256 or ES256, with the
 * issuer's keys), then {@code exp} (required), {@code nbf}, {@code iss} and {@code aud}. Any other issuer is refused.
 */
final class TrustedIssuers {

    private final Map<String, JwtReactiveAuthenticationManager> managers = new HashMap<>();

    TrustedIssuers(SecurityProperties properties, WebClient web) {
        if (properties.issuers().isEmpty()) {
            throw new IllegalStateException("No trusted token issuer: set mwolo.security.issuers[0].issuer and its "
                    + "jwk-set-uri (or jwk-set-location)");
        }
        for (SecurityProperties.Issuer issuer : properties.issuers()) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys(issuer, properties, web))
                    .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                            new JWSVerificationKeySelector<JWKSecurityContext>(IssuerKeys.ALLOWED,
                                    new JWKSecurityContextJWKSet())))
                    .build();
            String audience = issuer.audience() != null && !issuer.audience().isBlank()
                    ? issuer.audience() : properties.audience();
            decoder.setJwtValidator(validator(issuer.issuer(), audience, properties));
            JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
            manager.setJwtAuthenticationConverter(new TokenClaims(issuer.rolesClaim(), issuer.permissionsClaim()));
            managers.put(issuer.issuer(), manager);
        }
    }

    Mono<Authentication> authenticate(String token) {
        JwtReactiveAuthenticationManager manager = managers.get(issuerOf(token));
        if (manager == null) {
            return Mono.error(new InvalidBearerTokenException("Untrusted issuer"));
        }
        return manager.authenticate(new BearerTokenAuthenticationToken(token));
    }

    /** The claimed issuer, read before verification only to pick the keys to verify with. */
    private static String issuerOf(String token) {
        try {
            String issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            if (issuer == null) {
                throw new InvalidBearerTokenException("No issuer");
            }
            return issuer;
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("Malformed token");
        }
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, SecurityProperties properties) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        // Spring accepts a token without exp; one would be valid (and cached) forever.
        JwtClaimValidator<Instant> expires = new JwtClaimValidator<>("exp", Objects::nonNull);
        JwtClaimValidator<List<String>> audiences = new JwtClaimValidator<>("aud",
                aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(List.of(expires, timestamps, new JwtIssuerValidator(issuer),
                audiences));
    }

    private static IssuerKeys keys(SecurityProperties.Issuer issuer, SecurityProperties properties, WebClient web) {
        if (issuer.jwkSetUri() != null && !issuer.jwkSetUri().isBlank()) {
            return IssuerKeys.remote(web, issuer.jwkSetUri(), properties.keysMaxAge(), properties.keysMinRefresh());
        }
        if (issuer.jwkSetLocation() == null) {
            throw new IllegalStateException("Issuer " + issuer.issuer() + " needs jwk-set-uri or jwk-set-location");
        }
        try (InputStream in = issuer.jwkSetLocation().getInputStream()) {
            return IssuerKeys.fixed(IssuerKeys.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the keys of issuer " + issuer.issuer(), e);
        }
    }
}
