package energy.mwolo.crm.clients.model;

import java.util.Optional;
import java.util.UUID;

/** All clients. */
public interface Clients {

    long nextNumber();

    void add(Client client);

    void update(Client client);

    Optional<Client> byId(UUID id);

    Optional<Client> byEmail(String email);

    Optional<Client> byUser(UUID userId);
}
