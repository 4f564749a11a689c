package energy.mwolo.crm.registration;

import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.crm.clients.application.ClientEvents;
import energy.mwolo.crm.clients.application.RegisteringClient;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The CRM step of the registration saga: a CLIENT account gets a client. A new email becomes a prospect
 * (ClientRegistered with the user id); an existing client with that email is linked to the account (ClientUpdated
 * with the user id). Identity records the client id on the account from either event. Runs in the transaction of
 * {@link UserEventsConsumer}, whose inbox skips a redelivered event; an account that already has a client gets
 * no second one.
 */
@Service
class LinkingCustomerAccount {

    private static final Logger log = LoggerFactory.getLogger(LinkingCustomerAccount.class);

    private final Clients clients;
    private final RegisteringClient registering;
    private final ClientEvents events;
    private final Agencies agencies;

    LinkingCustomerAccount(Clients clients, RegisteringClient registering, ClientEvents events, Agencies agencies) {
        this.clients = clients;
        this.registering = registering;
        this.events = events;
        this.agencies = agencies;
    }

    void onRegistered(UserRegistered user) {
        if (!"CLIENT".equals(user.role()) || clients.byUser(user.userId()).isPresent()) {
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
