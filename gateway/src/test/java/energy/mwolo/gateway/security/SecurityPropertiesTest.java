package energy.mwolo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The gateway trusts the external issuer the services trust, from the same environment variables. */
class SecurityPropertiesTest {

    @Test
    void anExternalIssuerFromTheEnvironmentIsTrustedAfterTheConfiguredListAndABlankOneIsIgnored() {
        Map<String, Object> keycloak = Map.of(
                "MWOLO_SECURITY_EXTERNALISSUER_ISSUER", "http://localhost:8180/realms/mwolo",
                "MWOLO_SECURITY_EXTERNALISSUER_JWKSETURI",
                "http://keycloak:8080/realms/mwolo/protocol/openid-connect/certs",
                "MWOLO_SECURITY_EXTERNALISSUER_ROLESCLAIM", "realm_access.roles",
                "MWOLO_SECURITY_EXTERNALISSUER_AUDIENCE", "");

        SecurityProperties trusted = bind(keycloak);
        SecurityProperties unset = bind(Map.of("MWOLO_SECURITY_EXTERNALISSUER_ISSUER", ""));

        assertThat(trusted.issuers()).extracting(SecurityProperties.Issuer::issuer)
                .containsExactly("http://identity-service:8081", "http://localhost:8180/realms/mwolo");
        assertThat(trusted.issuers().get(1).rolesClaim()).isEqualTo("realm_access.roles");
        assertThat(trusted.issuers().get(1).audience()).as("blank: the platform's audience").isNull();
        assertThat(unset.issuers()).extracting(SecurityProperties.Issuer::issuer)
                .containsExactly("http://identity-service:8081");
    }

    private static SecurityProperties bind(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment)));
        sources.addLast(new MapPropertySource("application.yml", Map.of(
                "mwolo.security.issuers[0].issuer", "http://identity-service:8081",
                "mwolo.security.issuers[0].jwk-set-uri", "http://identity-service:8081/.well-known/jwks.json")));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("mwolo.security", SecurityProperties.class);
    }
}
