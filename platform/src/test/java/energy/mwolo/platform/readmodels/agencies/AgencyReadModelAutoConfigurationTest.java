package energy.mwolo.platform.readmodels.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platform.events.EventConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class AgencyReadModelAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgencyReadModelAutoConfiguration.class))
            .withPropertyValues("spring.application.name=hr-service")
            .withBean(JdbcClient.class, () -> JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql:none")));

    @Test
    void aServiceThatDoesNotSwitchItOnGetsNoTableNoConsumerAndNoPort() {
        contexts.run(context -> {
            assertThat(context).doesNotHaveBean(Agencies.class);
            assertThat(context).doesNotHaveBean(EventConsumer.class);
            assertThat(context).doesNotHaveBean(FlywayConfigurationCustomizer.class);
        });
    }

    @Test
    void aServiceThatSwitchesItOnGetsTheMigrationsTheConsumerOfGeoAgencyEventsAndThePort() {
        contexts.withPropertyValues("mwolo.read-models.agencies.enabled=true").run(context -> {
            assertThat(context).hasSingleBean(Agencies.class);
            assertThat(context).hasSingleBean(FlywayConfigurationCustomizer.class);
            EventConsumer consumer = context.getBean(EventConsumer.class);
            assertThat(consumer.name()).isEqualTo("hr.agencies");
            assertThat(consumer.topics()).containsExactly("geo.agency.events");
        });
    }
}
