package energy.mwolo.billing.customers;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
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
 * {@code crm.client.events}, {@code crm.site.events} and {@code crm.contract.events}, exactly once (inbox consumer
 * {@code billing.customers}). ClientAccountLinked is skipped: the ClientUpdated that follows it says all billing
 * needs, and who may see a client's invoices comes from the token's {@code client_id}.
 */
@Configuration(proxyBeanMethods = false)
class CrmEventsConsumer {

    @Bean
    EventConsumer crmEvents(CrmReadModel model) {
        return EventConsumer.named("billing.customers")
                .on(ClientRegistered.CONTRACT, model::clientRegistered)
                .on(ClientUpdated.CONTRACT, model::clientUpdated)
                .on(ClientStatusChanged.CONTRACT, model::clientStatusChanged)
                .on(SiteRegistered.CONTRACT, model::siteRegistered)
                .on(SiteUpdated.CONTRACT, model::siteUpdated)
                .on(ContractActivated.CONTRACT, model::contractActivated)
                .on(ContractSuspended.CONTRACT, model::contractSuspended)
                .on(ContractTariffChanged.CONTRACT, model::contractTariffChanged)
                .on(ContractTerminated.CONTRACT, model::contractTerminated)
                .build();
    }
}
