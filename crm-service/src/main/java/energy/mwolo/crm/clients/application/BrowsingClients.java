package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientNotFound;
import energy.mwolo.crm.clients.model.Clients;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads clients: staff see all of them, a customer only its own, and another client's id is "not found". */
@Service
@Transactional(readOnly = true)
public class BrowsingClients {

    private final Clients clients;
    private final ClientDirectory directory;

    BrowsingClients(Clients clients, ClientDirectory directory) {
        this.clients = clients;
        this.directory = directory;
    }

    public ClientQuery query(UUID agency, String status, String email, String search, String ordering,
                             CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        return new ClientQuery(agency, status, email, search, ordering, scope.ownClient(), scope.restricted());
    }

    public long count(ClientQuery query) {
        return directory.count(query);
    }

    public List<Client> find(ClientQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    public Client show(UUID id, CurrentUser user) {
        if (!CrmAccess.readScope(user).allows(id)) {
            throw new ClientNotFound(id);
        }
        return clients.byId(id).orElseThrow(() -> new ClientNotFound(id));
    }

    /**
     * The signed-in customer's own client, named by the token's {@code client_id}: 404 while the token names none.
     * The token alone decides, as it does for every list: identity-service records a client on an account only under
     * its own rules (a confirmed, matching email, or a staff link), and a client row naming the account proves
     * nothing more.
     */
    public Client mine(CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        if (scope.ownClient() == null) {
            throw new ClientNotFound(user.userId());
        }
        return clients.byId(scope.ownClient()).orElseThrow(() -> new ClientNotFound(scope.ownClient()));
    }
}
