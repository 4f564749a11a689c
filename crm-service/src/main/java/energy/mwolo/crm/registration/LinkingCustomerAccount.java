package energy.mwolo.crm.registration;

import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.crm.agencies.Agencies;
import energy.mwolo.crm.clients.application.ClientEvents;
import energy.mwolo.crm.clients.application.RegisteringClient;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.platform.inbox.Inbox;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM step of the registration saga: a CLIENT account gets a client. A new email becomes a prospect
 * (ClientRegistered with the user id); an existing client with that email is linked to the account (ClientUpdated
 * with the user id). Identity records the client id on the account from either event. Replays change nothing.
 */
@Service
class LinkingCustomerAccount {

    static final String CONSUMER = "crm.registrations";
    private static final Logger log = LoggerFactory.getLogger(LinkingCustomerAccount.class);

    private final Inbox inbox;
    private final Clients clients;
    private final RegisteringClient registering;
    private final ClientEvents events;
    private final Agencies agencies;

    LinkingCustomerAccount(Inbox inbox, Clients clients, RegisteringClient registering, ClientEvents events,
                           Agencies agencies) {
        this.inbox = inbox;
        this.clients = clients;
        this.registering = registering;
        this.events = events;
        this.agencies = agencies;
    }

    @Transactional
    public void onRegistered(UUID eventId, UserRegistered user) {
        if (!"CLIENT".equals(user.role()) || !inbox.firstDelivery(CONSUMER, eventId)
                || clients.byUser(user.userId()).isPresent()) {
            return;
        }
        var existing = clients.byEmail(user.email());
        if (existing.isEmpty()) {
            registering.registerFor(prospect(user), user.userId());
            return;
        }
        Client client = existing.get();
        if (client.userId() != null) {
            log.warn("Client {} already belongs to account {}; account {} is not linked", client.id(),
                    client.userId(), user.userId());
            return;
        }
        Client linked = client.linkTo(user.userId(), Instant.now());
        clients.update(linked);
        events.updated(linked);
    }

    private ClientDetails prospect(UserRegistered user) {
        UUID agency = user.agencyId() != null && agencies.isOpen(user.agencyId()) ? user.agencyId() : null;
        return new ClientDetails(ClientKind.INDIVIDUAL, user.firstName(), user.lastName(), user.postName(), null,
                null, null, user.email(), PhoneNumber.parseOrNone(user.phone()), null, agency, null, null);
    }
}
