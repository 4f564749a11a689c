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
