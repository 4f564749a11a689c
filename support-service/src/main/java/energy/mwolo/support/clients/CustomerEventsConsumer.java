package energy.mwolo.support.clients;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * crm's client and site events, exactly once (the inbox key {@code support.customers}, never to be renamed). Status
 * changes and account links are skipped without an inbox row: a ticket's access rests on the token's client_id.
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsConsumer {

    static final String NAME = "support.customers";

    @Bean
    EventConsumer customerEvents(JdbcCustomers customers) {
        return EventConsumer.named(NAME)
                .on(ClientRegistered.CONTRACT, customers::clientRegistered)
                .on(ClientUpdated.CONTRACT, customers::clientUpdated)
                .on(SiteRegistered.CONTRACT, event -> customers.site(event.siteId(), event.clientId(),
                        event.occurredAt()))
                .on(SiteUpdated.CONTRACT, event -> customers.site(event.siteId(), event.clientId(),
                        event.occurredAt()))
                .build();
    }
}
