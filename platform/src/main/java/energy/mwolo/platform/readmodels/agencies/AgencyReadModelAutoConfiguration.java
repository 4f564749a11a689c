package energy.mwolo.platform.readmodels.agencies;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.platform.events.EventConsumer;
import energy.mwolo.platform.readmodels.ReadModels;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agency read model, for a service that sets {@code mwolo.read-models.agencies.enabled=true}: table
 * {@code read_agencies} (migrations {@code V0_10}, {@code V0_11}, {@code V0_13} in {@code db/read-models/agencies}), the consumer of
 * {@code geo.agency.events} named {@code <module>.agencies}, and {@link Agencies}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnBooleanProperty(ReadModels.PREFIX + AgencyReadModelAutoConfiguration.NAME + ".enabled")
public class AgencyReadModelAutoConfiguration {

    static final String NAME = "agencies";

    @Bean
    FlywayConfigurationCustomizer agencyReadModelMigrations() {
        return ReadModels.migrations(NAME);
    }

    @Bean
    JdbcAgencies agencies(JdbcClient jdbc, ApplicationEventPublisher events) {
        return new JdbcAgencies(jdbc, events);
    }

    @Bean
    EventConsumer agencyReadModelConsumer(JdbcAgencies agencies, Environment environment) {
        return EventConsumer.named(ReadModels.consumerName(environment, NAME))
                .on(AgencyOpened.CONTRACT, agencies::opened)
                .on(AgencyUpdated.CONTRACT, agencies::updated)
                .on(AgencyClosed.CONTRACT, agencies::closed)
                .build();
    }
}
