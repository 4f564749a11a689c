package energy.mwolo.operations.disconnections;

import energy.mwolo.operations.commands.application.RelayOrders;
import energy.mwolo.operations.disconnections.application.CustomerNotices;
import energy.mwolo.operations.disconnections.application.DecidingDisconnections;
import energy.mwolo.operations.disconnections.application.DecisionPublisher;
import energy.mwolo.operations.disconnections.application.DisconnectionBook;
import energy.mwolo.operations.disconnections.application.SiteFacts;
import energy.mwolo.operations.disconnections.model.BlastRadius;
import energy.mwolo.operations.disconnections.model.DisconnectionPolicy;
import energy.mwolo.operations.kernel.BusinessTime;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The collection loop's limits are settings, not code: {@code mwolo.operations.disconnections.per-agency-per-hour}
 * and {@code daily-cap}, so that a billing fault cannot cut a city.
 */
@Configuration(proxyBeanMethods = false)
class DisconnectionConfiguration {

    @Bean
    DecidingDisconnections decidingDisconnections(
            DisconnectionBook book, SiteFacts sites, RelayOrders relay,
            DecisionPublisher publisher, CustomerNotices notices, Clock clock,
            @Value("${mwolo.operations.disconnections.per-agency-per-hour:20}") int perAgencyPerHour,
            @Value("${mwolo.operations.disconnections.daily-cap:300}") int dailyCap) {
        return new DecidingDisconnections(book, sites, relay, publisher, notices,
                new DisconnectionPolicy(new BlastRadius(perAgencyPerHour, dailyCap), BusinessTime.ZONE), clock,
                BusinessTime.ZONE);
    }
}
