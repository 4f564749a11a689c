package energy.mwolo.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    @Test
    void kafkaDeliveryGuaranteesAreOnByDefault() {
        var environment = withDefaults(new StandardEnvironment());

        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.consumer.enable-auto-commit")).isEqualTo("false");
        assertThat(environment.getProperty("spring.kafka.listener.ack-mode")).isEqualTo("record");
    }

    @Test
    void jpaEntitiesAreCheckedAgainstTheMigratedSchemaAndNoSessionOutlivesTheUseCase() {
        var environment = withDefaults(new StandardEnvironment());

        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(environment.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    }

    @Test
    void consumersJoinTheGroupNamedAfterTheirService() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new MapPropertySource("application", Map.of("spring.application.name", "geo-service")));

        withDefaults(environment);

        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("geo-service");
    }

    @Test
    void errorsNeverShowStackTracesOrMessages() {
        var environment = withDefaults(new StandardEnvironment());

        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-message")).isEqualTo("never");
    }

    @Test
    void theServicesOwnMessagesComeBeforeThePlatformsAndNeverTheServersLanguage() {
        var environment = withDefaults(new StandardEnvironment());

        assertThat(environment.getProperty("spring.messages.basename")).isEqualTo("messages,platform-messages");
        assertThat(environment.getProperty("spring.messages.fallback-to-system-locale")).isEqualTo("false");
    }

    @Test
    void aServiceSettingWinsOverThePlatformDefault() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.kafka.producer.acks", "1", "management.endpoints.web.exposure.include", "*")));

        withDefaults(environment);

        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("1");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("*");
        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
    }

    @Test
    void trustsNoProxyOutsideTheDevProfileAndNeverLetsSpringOrTomcatReadForwardedHeadersThemselves() {
        var environment = withDefaults(new StandardEnvironment());

        assertThat(environment.getProperty("mwolo.web.trusted-proxies")).isEmpty();
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }

    @Test
    void showsTheOpenApiDocumentToAnyoneInTheDevProfileOnly() {
        var dev = new StandardEnvironment();
        dev.setActiveProfiles("dev");

        assertThat(withDefaults(dev).getProperty("mwolo.security.api-docs-open")).isEqualTo("true");
        assertThat(withDefaults(new StandardEnvironment()).getProperty("mwolo.security.api-docs-open"))
                .isEqualTo("false");
    }

    @Test
    void trustsTheGatewayOnLoopbackInTheDevProfile() {
        var environment = new StandardEnvironment();
        environment.setActiveProfiles("dev");

        withDefaults(environment);

        assertThat(environment.getProperty("mwolo.web.trusted-proxies")).isEqualTo("127.0.0.1/32,::1/128");
    }

    @Test
    void takesTheTrustedProxiesFromTheEnvironment() {
        var environment = new StandardEnvironment();
        environment.setActiveProfiles("dev");
        environment.getPropertySources().addFirst(
                new MapPropertySource("environment", Map.of("MWOLO_TRUSTED_PROXIES", "10.42.0.0/16")));

        withDefaults(environment);

        assertThat(environment.getProperty("mwolo.web.trusted-proxies")).isEqualTo("10.42.0.0/16");
    }

    @Test
    void theDefaultsAreTheLastPlaceLookedAt() {
        var environment = withDefaults(new StandardEnvironment());

        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(PlatformDefaults.NAME);
    }

    private static StandardEnvironment withDefaults(StandardEnvironment environment) {
        new PlatformDefaults().postProcessEnvironment(environment, null);
        return environment;
    }
}
