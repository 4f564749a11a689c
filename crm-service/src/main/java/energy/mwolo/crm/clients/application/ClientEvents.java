package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.crm.clients.model.ClientStatus;

/** Announces client changes to other services, in the transaction of the change. */
public interface ClientEvents {

    void registered(Client client);

    void updated(Client client);

    void statusChanged(Client client, ClientStatus previous);
}
