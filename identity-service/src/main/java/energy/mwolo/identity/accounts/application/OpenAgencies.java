package energy.mwolo.identity.accounts.application;

import java.util.UUID;

/** What this service knows of geo-service's agencies (a read model kept from their events). */
public interface OpenAgencies {

    boolean isOpen(UUID agencyId);

    boolean exists(UUID agencyId);
}
