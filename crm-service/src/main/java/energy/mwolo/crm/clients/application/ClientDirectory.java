package energy.mwolo.crm.clients.application;

import energy.mwolo.crm.clients.model.Client;
import java.util.List;

/** Client lists for people: filters, search and ordering. */
public interface ClientDirectory {

    long count(ClientQuery query);

    List<Client> find(ClientQuery query, long offset, int limit);
}
