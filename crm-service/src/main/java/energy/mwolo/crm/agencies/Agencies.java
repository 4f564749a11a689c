package energy.mwolo.crm.agencies;

import java.util.UUID;

/** Which agencies geo-service has announced, and whether they are open. */
public interface Agencies {

    boolean isOpen(UUID agencyId);

    boolean exists(UUID agencyId);
}
