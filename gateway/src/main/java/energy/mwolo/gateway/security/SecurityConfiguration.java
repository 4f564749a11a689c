package energy.mwolo.gateway.security;

import energy.mwolo.gateway.problems.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A stateless resource server in front of everything: bearer tokens from the trusted issuers, the
 * {@link AccessRules} table, CORS from configuration, and problem+json for 401 and 403. The gateway's own headers
 * filter writes the hardening headers, so Spring Security's are off.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /**
     * No observation per security filter, authentication and authorization: the exchange's own observation covers
     * them, at a fraction of the cost (they took about 8% of the CPU of a proxied public GET).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    TokenAuthentication tokenAuthentication(SecurityProperties properties) {
        TrustedIssuers issuers = new TrustedIssuers(properties, WebClient.create());
        return new TokenAuthentication(issuers, properties.tokenCacheSize());
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, TokenAuthentication tokens, Problems problems,
            CorsConfigurationSource cors, SecurityProperties properties) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors))
                .authorizeExchange(authorize -> AccessRules.apply(authorize, properties.apiDocsOpen()))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.authenticationManager(tokens))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }
}
