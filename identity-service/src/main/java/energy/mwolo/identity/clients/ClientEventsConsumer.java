package energy.mwolo.identity.clients;

import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.identity.accounts.application.LinkingClient;
import energy.mwolo.platform.events.EventConsumer;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code crm.client.events}, exactly once (inbox consumer {@code identity.clients}): a ClientRegistered or
 * ClientUpdated naming an account ({@code user_id}) records the client on it; other client events are skipped.
 */
@Configuration(proxyBeanMethods = false)
class ClientEventsConsumer {

    @Bean
    EventConsumer clientEvents(LinkingClient linking) {
        return EventConsumer.named("identity.clients")
                .on(ClientRegistered.CONTRACT, registered -> link(linking, registered.userId(), registered.clientId()))
                .on(ClientUpdated.CONTRACT, updated -> link(linking, updated.userId(), updated.clientId()))
                .build();
    }

    private static void link(LinkingClient linking, UUID user, UUID client) {
        if (user != null) {
            linking.link(user, client);
        }
    }
}
