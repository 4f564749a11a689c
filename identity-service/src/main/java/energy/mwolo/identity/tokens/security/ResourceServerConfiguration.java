package energy.mwolo.identity.tokens.security;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import energy.mwolo.identity.tokens.application.ActiveKeys;
import energy.mwolo.identity.tokens.application.TokenProperties;
import energy.mwolo.platform.security.ProblemSecurityHandlers;
import energy.mwolo.platform.security.PublicRequests;
import energy.mwolo.platform.security.SecurityProperties;
import energy.mwolo.platform.security.TokenClaims;
import energy.mwolo.platform.web.Problems;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces the platform's security chain (it steps back when a service declares one) for a single reason: this
 * service verifies its own tokens against the keys it holds, so a rotation is seen at once and no request waits on
 * an HTTP call to its own JWKS. Everything else follows the platform: stateless, public paths from
 * {@code mwolo.security.public-paths}, problem+json 401/403, roles, permissions and link claims read by the platform's
 * {@link TokenClaims}.
 */
@Configuration(proxyBeanMethods = false)
class ResourceServerConfiguration {

    @Bean
    SecurityFilterChain identitySecurity(HttpSecurity http, SecurityProperties properties, JwtDecoder decoder,
                                         Problems problems, JsonMapper json) throws Exception {
        var responses = new ProblemSecurityHandlers(problems, json);
        RequestMatcher publicRequests = PublicRequests.of(properties.publicPaths());
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(authorize -> {
                    PublicRequests.authorizeOperational(authorize, properties.apiDocsOpen());
                    authorize.requestMatchers(publicRequests).permitAll();
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(TokenClaims.ofIdentityService()))
                        .bearerTokenResolver(ignoredOn(publicRequests))
                        .authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses))
                .exceptionHandling(e -> e.authenticationEntryPoint(responses).accessDeniedHandler(responses));
        return http.build();
    }

    /** RS256 only, keys from the ring in memory, claims checked with the service's clock (60 s of skew). */
    @Bean
    JwtDecoder accessTokenDecoder(ActiveKeys keys, TokenProperties tokens, SecurityProperties security,
                                  Clock clock) {
        JWKSource<SecurityContext> source = (selector, context) ->
                selector.select(keys.forVerification(kids(selector.getMatcher())));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(source)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor -> processor.setJWTClaimsSetVerifier((claims, context) -> {
                    // Spring's validators below check the claims, with the injectable clock.
                }))
                .build();
        var timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
        timestamps.setClock(clock);
        // Every token this service issues expires; one without exp is not one of them.
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(tokens.issuer()), new JwtAudienceValidator(security.audience())));
        return decoder;
    }

    private static Set<String> kids(JWKMatcher matcher) {
        return matcher.getKeyIDs() == null ? Set.of() : matcher.getKeyIDs();
    }

    /**
     * A public request is served whatever Authorization header it carries: a browser still sending yesterday's
     * expired token must be able to sign in again.
     */
    private static BearerTokenResolver ignoredOn(RequestMatcher publicRequests) {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        return request -> publicRequests.matches(request) ? null : resolver.resolve(request);
    }
}
