package energy.mwolo.platform.security;

import energy.mwolo.platform.web.Problems;
import energy.mwolo.platform.web.WebAutoConfiguration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless OAuth2 resource server: tokens from the trusted issuers only, public paths from
 * configuration, everything else authenticated. Fine-grained permissions are checked by the use cases.
 */
@AutoConfiguration(after = WebAutoConfiguration.class, beforeName =
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurity(HttpSecurity http, SecurityProperties properties, Problems problems,
            JsonMapper json) throws Exception {
        var handlers = new ProblemSecurityHandlers(problems, json);
        var issuers = new JwtIssuerAuthenticationManagerResolver(new IssuerDecoders(properties));
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(authorize -> {
                    PublicRequests.authorizeOperational(authorize, properties.apiDocsOpen());
                    authorize.requestMatchers(PublicRequests.of(properties.publicPaths())).permitAll();
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(issuers)
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorization: the request's own
     * observation (http.server.requests) covers them, and profiling showed the per-filter ones taking a fifth of the
     * CPU of a small request. Static: Spring Security's observation post-processors read it early.
     */
    @Bean
    @ConditionalOnMissingBean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
