package energy.mwolo.gateway.edge;

import energy.mwolo.contracts.proxies.TrustedProxies;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/** Binds the edge settings, reads the trusted proxies, and turns the CORS settings into Spring Security's policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EdgeProperties.class, CorsProperties.class})
class EdgeConfiguration {

    @Bean
    TrustedProxies trustedProxies(EdgeProperties properties) {
        return TrustedProxies.of(properties.trustedProxies());
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (properties.allowedOrigins().isEmpty()) {
            return source; // no origin is allowed: browsers keep to the same-origin rule
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.allowedOrigins());
        cors.setAllowedMethods(properties.allowedMethods());
        cors.setAllowedHeaders(properties.allowedHeaders());
        cors.setExposedHeaders(properties.exposedHeaders());
        cors.setAllowCredentials(properties.allowCredentials());
        cors.setMaxAge(properties.maxAge());
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
