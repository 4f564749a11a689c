package energy.mwolo.crm.registration;

import energy.mwolo.contracts.identity.UserEmailConfirmed;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code identity.user.events}, exactly once (inbox consumer {@code crm.registrations}): UserEmailConfirmed only.
 * UserRegistered is skipped without an inbox row, including the ones still on the topic from before: a registration
 * proves nothing about who holds the address, so it creates and links nothing. Sign-ins and other account events are
 * not CRM's business either.
 */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

    @Bean
    EventConsumer userEvents(LinkingCustomerAccount linking) {
        return EventConsumer.named("crm.registrations")
                .on(UserEmailConfirmed.CONTRACT, linking::onEmailConfirmed)
                .build();
    }
}
