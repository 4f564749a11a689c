package energy.mwolo.crm.leads;

import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code cms.lead.events}, exactly once (inbox consumer {@code crm.leads}): each LeadSubmitted is taken. */
@Configuration(proxyBeanMethods = false)
class LeadEventsConsumer {

    @Bean
    EventConsumer leadEvents(TakingLead taking) {
        return EventConsumer.named("crm.leads").on(LeadSubmitted.CONTRACT, taking::take).build();
    }
}
