package energy.mwolo.platform.readmodels.agencies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which agencies geo-service has announced, and whether they are open, as far as this service has heard. */
public interface Agencies {

    /** Whether geo-service announced this agency, open or since closed. */
    boolean exists(UUID agencyId);

    /** Whether the agency is known and open; false for an unknown one. */
    boolean isOpen(UUID agencyId);

    Optional<Agency> find(UUID agencyId);

    /** The open agencies, by name: what a public page lists. */
    List<Agency> open();
}
