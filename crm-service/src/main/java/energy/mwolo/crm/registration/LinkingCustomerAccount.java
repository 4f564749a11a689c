package energy.mwolo.crm.registration;

import energy.mwolo.contracts.identity.UserEmailConfirmed;
import energy.mwolo.crm.clients.application.ClientEvents;
import energy.mwolo.crm.clients.application.RegisteringClient;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientKind;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.PhoneNumber;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A CLIENT account's email was confirmed: the person holds that address, so the client with that email is theirs.
 * An existing client with that email and no account yet is linked to the account (ClientUpdated with the user id); a
 * client already tied to another account is never taken from it (logged); an unknown email becomes a prospect
 * (ClientRegistered with the user id). An account that identity already ties to a client, or that crm already gave a
 * client, gets nothing more. Identity records the link from either event, under its own rules. Runs in the
 * transaction of {@link UserEventsConsumer}, whose inbox skips a redelivered event.
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

    void onEmailConfirmed(UserEmailConfirmed user) {
        if (!"CLIENT".equals(user.role()) || user.clientId() != null || clients.byUser(user.userId()).isPresent()) {
            return;
        }
        Optional<Client> existing = clients.byEmail(user.email());
        if (existing.isEmpty()) {
            registering.registerFor(prospect(user), user.userId());
            return;
        }
        Client client = existing.get();
        if (client.userId() != null) {
            log.warn("Client {} already belongs to account {}; account {} with the same confirmed email is not"
                    + " linked", client.id(), client.userId(), user.userId());
            return;
        }
        Client linked = client.linkTo(user.userId(), Instant.now());
        clients.update(linked);
        events.updated(linked);
    }

    private ClientDetails prospect(UserEmailConfirmed user) {
        UUID agency = user.agencyId() != null && agencies.isOpen(user.agencyId()) ? user.agencyId() : null;
        return new ClientDetails(ClientKind.INDIVIDUAL, user.firstName(), user.lastName(), user.postName(), null,
                null, null, user.email(), PhoneNumber.parseOrNone(user.phone()), null, agency, null, null);
    }
}
