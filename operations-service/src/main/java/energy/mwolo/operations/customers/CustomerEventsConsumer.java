package energy.mwolo.operations.customers;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractSuspended;
import energy.mwolo.contracts.crm.ContractTariffChanged;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * crm's client, site and contract events, exactly once (the inbox key {@code operations.customers}, never to be
 * renamed). Other crm events (status changes, account links) are skipped without an inbox row.
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsConsumer {

    static final String NAME = "operations.customers";

    @Bean
    EventConsumer customerEvents(JdbcCustomers customers) {
        return EventConsumer.named(NAME)
                .on(ClientRegistered.CONTRACT, customers::clientRegistered)
                .on(ClientUpdated.CONTRACT, customers::clientUpdated)
                .on(SiteRegistered.CONTRACT, customers::siteRegistered)
                .on(SiteUpdated.CONTRACT, customers::siteUpdated)
                .on(ContractActivated.CONTRACT, customers::contractActivated)
                .on(ContractSuspended.CONTRACT, customers::contractSuspended)
                .on(ContractTerminated.CONTRACT, customers::contractTerminated)
                .on(ContractTariffChanged.CONTRACT, customers::contractTariffChanged)
                .build();
    }
}
