package energy.mwolo.geo.agencies.model;

import java.util.List;
import java.util.Optional;

/** All agencies, open and closed. */
public interface Agencies {

    /** Locks the agency until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<Agency> byId(AgencyId id);

    /**
     * Locks and returns the agencies whose country was never published (opened before agency events carried it);
     * a concurrent caller waits, then finds none of them.
     */
    List<Agency> lockWithUnpublishedCountry();

    void markCountryPublished(AgencyId id);

    void add(Agency agency);

    void update(Agency agency);
}
