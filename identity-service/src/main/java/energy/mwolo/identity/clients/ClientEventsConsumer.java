package energy.mwolo.identity.clients;

import energy.mwolo.contracts.crm.ClientAccountLinked;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.identity.accounts.application.LinkingClient;
import energy.mwolo.platform.events.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code crm.client.events}, exactly once (inbox consumer {@code identity.clients}). A ClientRegistered or
 * ClientUpdated naming an account ({@code user_id}) records the client on it only when the account's email is
 * confirmed and is the client's: a client record alone proves nothing about who holds the account. A
 * ClientAccountLinked (a staff member's choice) records it whatever the emails. Other client events are skipped.
 */
@Configuration(proxyBeanMethods = false)
class ClientEventsConsumer {

    @Bean
    EventConsumer clientEvents(LinkingClient linking) {
        return EventConsumer.named("identity.clients")
                .on(ClientRegistered.CONTRACT, registered -> {
                    if (registered.userId() != null) {
                        linking.linkFoundByEmail(registered.userId(), registered.clientId(), registered.email());
                    }
                })
                .on(ClientUpdated.CONTRACT, updated -> {
                    if (updated.userId() != null) {
                        linking.linkFoundByEmail(updated.userId(), updated.clientId(), updated.email());
                    }
                })
                .on(ClientAccountLinked.CONTRACT, linked ->
                        linking.linkVouchedByStaff(linked.userId(), linked.clientId(), linked.linkedBy()))
                .build();
    }
}
