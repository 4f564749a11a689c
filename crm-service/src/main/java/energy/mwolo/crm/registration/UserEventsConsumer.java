package energy.mwolo.crm.registration;

import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code identity.user.events}, exactly once (inbox consumer {@code crm.registrations}): UserRegistered only;
 * sign-ins and other account events are not CRM's business and are skipped without an inbox row.
 */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

    @Bean
    EventConsumer userEvents(LinkingCustomerAccount linking) {
        return EventConsumer.named("crm.registrations").on(UserRegistered.CONTRACT, linking::onRegistered).build();
    }
}
