package energy.mwolo.platform.readmodels.agencies;

import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction that applied it) when the read model took in a
 * change of an agency, so that a service caching what it derives from agencies can tell its caches are stale.
 */
public record AgenciesChanged(UUID agencyId) {
}
