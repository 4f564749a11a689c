package energy.mwolo.platform.readmodels.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.events.EventConsumer;
import energy.mwolo.platform.readmodels.agencies.AgencyReadModelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CalendarReadModelAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgencyReadModelAutoConfiguration.class,
                    CalendarReadModelAutoConfiguration.class))
            .withPropertyValues("spring.application.name=support-service")
            .withBean(JdbcClient.class, () -> JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql:none")));

    @Test
    void aServiceThatDoesNotSwitchItOnGetsNoCalendar() {
        contexts.withPropertyValues("mwolo.read-models.agencies.enabled=true").run(context -> {
            assertThat(context).doesNotHaveBean(WorkingCalendar.class);
            assertThat(context.getBeansOfType(EventConsumer.class)).hasSize(1);
        });
    }

    @Test
    void switchingItOnWithoutTheAgenciesReadModelFailsAtStartSayingWhatToSet() {
        contexts.withPropertyValues("mwolo.read-models.calendar.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("mwolo.read-models.agencies.enabled=true");
        });
    }

    @Test
    void aServiceThatSwitchesBothOnGetsTheMigrationsTheConsumerOfGeoCalendarEventsAndTheWorkingCalendar() {
        contexts.withPropertyValues("mwolo.read-models.agencies.enabled=true",
                "mwolo.read-models.calendar.enabled=true").run(context -> {
                    assertThat(context).hasSingleBean(WorkingCalendar.class);
                    assertThat(context).hasBean(CalendarReadModelAutoConfiguration.BEAN);
                    assertThat(context.getBeansOfType(FlywayConfigurationCustomizer.class)).hasSize(2);
                    assertThat(context.getBeansOfType(EventConsumer.class).values())
                            .anySatisfy(consumer -> {
                                assertThat(consumer.name()).isEqualTo("support.calendar");
                                assertThat(consumer.topics()).containsExactly("geo.calendar.events");
                            });
                });
    }

    @Test
    void aNegativeRefreshIsRefusedAtStart() {
        contexts.withPropertyValues("mwolo.read-models.agencies.enabled=true",
                "mwolo.read-models.calendar.enabled=true", "mwolo.read-models.calendar.refresh=-1s")
                .run(context -> assertThat(context).hasFailed());
    }
}
