package energy.mwolo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The trusted issuers as a service binds them: its application.yml's list, plus one set by the environment. */
class SecurityPropertiesTest {

    /** What every service's application.yml says: identity-service, the identity issuer. */
    private static final Map<String, Object> APPLICATION_YML = Map.of(
            "mwolo.security.issuers[0].issuer", "http://identity-service:8081",
            "mwolo.security.issuers[0].jwk-set-uri", "http://identity-service:8081/.well-known/jwks.json",
            "mwolo.security.issuers[0].identity", "true");

    @Test
    void anExternalIssuerFromTheEnvironmentIsTrustedBesideTheListWithoutRestatingIt() {
        SecurityProperties properties = bind(Map.of(
                "MWOLO_SECURITY_EXTERNALISSUER_ISSUER", "http://localhost:8180/realms/mwolo",
                "MWOLO_SECURITY_EXTERNALISSUER_JWKSETURI",
                "http://keycloak:8080/realms/mwolo/protocol/openid-connect/certs",
                "MWOLO_SECURITY_EXTERNALISSUER_AUDIENCE", "mwolo-platform",
                "MWOLO_SECURITY_EXTERNALISSUER_ROLESCLAIM", "realm_access.roles",
                "MWOLO_SECURITY_EXTERNALISSUER_PERMISSIONSCLAIM", "mwolo_perms"));

        assertThat(properties.issuers()).extracting(SecurityProperties.Issuer::issuer)
                .containsExactly("http://identity-service:8081", "http://localhost:8180/realms/mwolo");
        assertThat(properties.issuers().get(0).identity()).isTrue();
        SecurityProperties.Issuer keycloak = properties.issuers().get(1);
        assertThat(keycloak.identity()).as("an external provider never ties a user to records").isFalse();
        assertThat(keycloak.jwkSetUri()).isEqualTo("http://keycloak:8080/realms/mwolo/protocol/openid-connect/certs");
        assertThat(keycloak.rolesClaim()).isEqualTo("realm_access.roles");
        assertThat(keycloak.permissionsClaim()).isEqualTo("mwolo_perms");
        assertThat(keycloak.audience()).isEqualTo("mwolo-platform");
    }

    @Test
    void anExternalIssuerLeftBlankAsComposePassesAnUnsetVariableIsIgnored() {
        SecurityProperties properties = bind(Map.of("MWOLO_SECURITY_EXTERNALISSUER_ISSUER", "",
                "MWOLO_SECURITY_EXTERNALISSUER_JWKSETURI", "", "MWOLO_SECURITY_EXTERNALISSUER_AUDIENCE", "",
                "MWOLO_SECURITY_EXTERNALISSUER_ROLESCLAIM", ""));

        assertThat(properties.issuers()).extracting(SecurityProperties.Issuer::issuer)
                .containsExactly("http://identity-service:8081");
    }

    @Test
    void aBlankAudienceOrClaimPathFallsBackToThePlatformsOwn() {
        SecurityProperties.Issuer issuer = new SecurityProperties.Issuer("https://sso.example", null, null, " ", "",
                null, false);

        assertThat(issuer.audience()).isNull();
        assertThat(issuer.rolesClaim()).isEqualTo("roles");
        assertThat(issuer.permissionsClaim()).isEqualTo("perms");
    }

    private static SecurityProperties bind(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment)));
        sources.addLast(new MapPropertySource("application.yml", APPLICATION_YML));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("mwolo.security", SecurityProperties.class);
    }

    @Test
    void withoutAnyIssuerTheListIsEmptyNotNull() {
        assertThat(new SecurityProperties(null, null, null, null, false).issuers()).isEqualTo(List.of());
    }
}
