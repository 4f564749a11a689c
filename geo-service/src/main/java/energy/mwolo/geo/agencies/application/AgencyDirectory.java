package energy.mwolo.geo.agencies.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of agencies. */
public interface AgencyDirectory {

    Optional<AgencyView> byId(UUID id);

    long count(AgencyQuery query);

    List<AgencyView> find(AgencyQuery query, long offset, int limit);
}
