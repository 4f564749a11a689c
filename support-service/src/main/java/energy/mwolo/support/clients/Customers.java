package energy.mwolo.support.clients;

import java.util.Optional;
import java.util.UUID;

/** The clients and sites crm announced. */
public interface Customers {

    Optional<Customer> find(UUID client);

    /** The client a site belongs to, when crm announced the site. */
    Optional<UUID> clientOfSite(UUID site);
}
