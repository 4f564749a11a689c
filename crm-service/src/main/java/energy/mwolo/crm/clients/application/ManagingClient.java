package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientDetails;
import energy.mwolo.crm.clients.model.ClientNotFound;
import energy.mwolo.crm.clients.model.ClientStatus;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.crm.clients.model.DuplicateEmail;
import energy.mwolo.crm.geography.Places;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revises a client's details and moves it through its statuses, each request in one transaction. Closing replaces
 * deleting: a client's contracts, invoices and history keep pointing at it.
 */
@Service
public class ManagingClient {

    private final Clients clients;
    private final AgencyCheck agencies;
    private final ClientEvents events;
    private final Places places;

    ManagingClient(Clients clients, AgencyCheck agencies, ClientEvents events, Places places) {
        this.clients = clients;
        this.agencies = agencies;
        this.events = events;
        this.places = places;
    }

    @Transactional
    public void revise(UUID id, UnaryOperator<ClientDetails> change, CurrentUser user) {
        amend(id, change, null, user);
    }

    /**
     * Revises the details, then moves the status, as one change: when the move is refused, the revision is not
     * kept either (nor its event).
     *
     * @param change the details after the request, or null to keep them
     * @param target the status to move to, or null to keep it
     */
    @Transactional
    public void amend(UUID id, UnaryOperator<ClientDetails> change, ClientStatus target, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.UPDATE);
        Client client = clients.byId(id).orElseThrow(() -> new ClientNotFound(id));
        if (change != null) {
            client = revised(client, change.apply(client.details()));
        }
        if (target != null) {
            moved(client, target);
        }
    }

    private Client revised(Client client, ClientDetails revised) {
        if (!Objects.equals(revised.agencyId(), client.details().agencyId())) {
            agencies.requireOpen(revised.agencyId());
        }
        if (!revised.places().equals(client.details().places())) {
            places.requireConsistent(revised.places());
        }
        if (!revised.email().equals(client.details().email())
                && clients.byEmail(revised.email()).filter(other -> !other.id().equals(client.id())).isPresent()) {
            throw new DuplicateEmail(revised.email());
        }
        Client after = client.revise(revised, Instant.now());
        clients.update(after);
        events.updated(after);
        return after;
    }

    private void moved(Client client, ClientStatus target) {
        Client after = client.moveTo(target, Instant.now());
        clients.update(after);
        events.statusChanged(after, client.status());
    }

    /** Closing a closed client changes nothing. */
    @Transactional
    public void close(UUID id, CurrentUser user) {
        CrmAccess.requireWrite(user, CrmAccess.UPDATE);
        Client client = clients.byId(id).orElseThrow(() -> new ClientNotFound(id));
        if (!client.isClosed()) {
            moved(client, ClientStatus.CLOSED);
        }
    }
}
