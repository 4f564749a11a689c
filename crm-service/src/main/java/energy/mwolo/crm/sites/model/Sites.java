package energy.mwolo.crm.sites.model;

import java.util.Optional;
import java.util.UUID;

/** All service points. */
public interface Sites {

    long nextReference();

    void add(Site site);

    void update(Site site);

    Optional<Site> byId(UUID id);
}
