package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientStatus;
import java.util.UUID;

/** Announces client changes to other services, in the transaction of the change. */
public interface ClientEvents {

    void registered(Client client);

    void updated(Client client);

    void statusChanged(Client client, ClientStatus previous);

    /** A staff member ({@code staff}) tied the client's current account to it by hand. */
    void accountLinked(Client client, UUID staff);
}
