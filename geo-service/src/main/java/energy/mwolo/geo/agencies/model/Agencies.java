package energy.mwolo.geo.agencies.model;

import java.util.Optional;

/** All agencies, open and closed. */
public interface Agencies {

    /** Locks the agency until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<Agency> byId(AgencyId id);

    void add(Agency agency);

    void update(Agency agency);
}
