package energy.mwolo.identity.clients;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.identity.accounts.application.LinkingClient;
import energy.mwolo.platform.inbox.Inbox;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one client event exactly once: the inbox row, the account's new link and its {@code UserUpdated} (outbox)
 * commit together, so a redelivered event (same {@code ce_id}) is skipped. Only {@code crm.ClientRegistered} and
 * {@code crm.ClientUpdated} naming an account ({@code user_id}) matter; every other event is ignored.
 */
@Service
class ApplyingClientEvents {

    static final String CONSUMER = "identity.clients";
    private static final Logger log = LoggerFactory.getLogger(ApplyingClientEvents.class);

    private final Inbox inbox;
    private final LinkingClient linking;

    ApplyingClientEvents(Inbox inbox, LinkingClient linking) {
        this.inbox = inbox;
        this.linking = linking;
    }

    @Transactional
    public void apply(UUID eventId, String type, String payload) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            log.debug("Client event {} already applied", eventId);
            return;
        }
        UUID client;
        UUID user;
        if (ClientRegistered.CONTRACT.type().equals(type)) {
            ClientRegistered registered = ContractJson.read(payload, ClientRegistered.class);
            client = registered.clientId();
            user = registered.userId();
        } else if (ClientUpdated.CONTRACT.type().equals(type)) {
            ClientUpdated updated = ContractJson.read(payload, ClientUpdated.class);
            client = updated.clientId();
            user = updated.userId();
        } else {
            log.debug("Ignoring client event {} of type {}", eventId, type);
            return;
        }
        if (user == null) {
            log.debug("Client event {} names no account", eventId);
            return;
        }
        linking.link(user, client);
    }
}
