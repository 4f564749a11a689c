package energy.mwolo.crm.registration;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.application.ClientEvents;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientClosed;
import energy.mwolo.crm.clients.model.ClientNotFound;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.interactions.Interaction;
import energy.mwolo.crm.interactions.Interactions;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member (crm:update: sales agents, administrators) ties an online account to a client by hand, vouching
 * for the person whatever the emails say: ClientAccountLinked (naming the staff member, who is also the event's
 * actor) then ClientUpdated, and an internal note on the client's timeline. Linking the account already linked
 * changes nothing; a client tied to another account, an account tied to another client and a closed client are
 * refused (409): a link is never moved silently. Whether the account exists is identity's business: it ignores a
 * link naming no account of its own, and never moves an account it already ties to another client.
 */
@Service
class LinkingAccountByStaff {

    private final Clients clients;
    private final ClientEvents events;
    private final Interactions interactions;

    LinkingAccountByStaff(Clients clients, ClientEvents events, Interactions interactions) {
        this.clients = clients;
        this.events = events;
        this.interactions = interactions;
    }

    @Transactional
    public Client link(UUID clientId, UUID account, CurrentUser staff) {
        CrmAccess.requireWrite(staff, CrmAccess.UPDATE);
        Client client = clients.byId(clientId).orElseThrow(() -> new ClientNotFound(clientId));
        if (account.equals(client.userId())) {
            return client;
        }
        if (client.isClosed()) {
            throw new ClientClosed(clientId);
        }
        if (client.userId() != null) {
            throw AccountLinkRefused.clientHasAnotherAccount(clientId);
        }
        clients.byUser(account).ifPresent(other -> {
            throw AccountLinkRefused.accountHasAnotherClient(account, other.number());
        });
        Instant now = Instant.now();
        Client linked = client.linkTo(account, now);
        clients.update(linked);
        events.accountLinked(linked, staff.userId());
        events.updated(linked);
        interactions.add(new Interaction(Uuids.timeOrdered(), clientId, Interaction.Type.NOTE, null,
                "Compte en ligne " + account + " rattaché à ce client par un membre du personnel.", staff.userId(),
                now, null, null, now, Interaction.Visibility.INTERNAL));
        return linked;
    }
}
