package energy.mwolo.operations.meters.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.access.ReadScope;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.Ordering;
import energy.mwolo.operations.meters.model.MeterKind;
import energy.mwolo.operations.meters.model.MeterNotFound;
import energy.mwolo.operations.meters.model.RelayState;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and shows meters. A customer sees the meters on its own sites or measuring its own contracts, and of their
 * history only its own contracts' links; another customer's meter is "not found", whatever the filters say.
 */
@Service
@Transactional(readOnly = true)
public class BrowsingMeters {

    public static final Set<String> ORDERINGS = Set.of("number", "created_at", "last_seen_at");

    private final MeterDirectory directory;

    BrowsingMeters(MeterDirectory directory) {
        this.directory = directory;
    }

    public MeterQuery query(MeterFilters filters, String ordering, CurrentUser user) {
        ReadScope scope = OperationsAccess.meterScope(user);
        return new MeterQuery(filters.site(), filters.contract(),
                Codes.parseOrNull(MeterKind.class, filters.kind(), "kind"),
                Codes.parseOrNull(RelayState.class, filters.relayState(), "relay_state"), filters.remoteRelay(),
                filters.linked(), filters.search() == null || filters.search().isBlank() ? null
                        : filters.search().strip(),
                Ordering.parse(ordering, ORDERINGS, Ordering.by("number", false)), scope);
    }

    public long count(MeterQuery query) {
        return directory.count(query);
    }

    public List<MeterView> find(MeterQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    /** The meter with its history, as far as the caller may see them. */
    public MeterDetail show(UUID id, CurrentUser user) {
        ReadScope scope = OperationsAccess.meterScope(user);
        MeterView meter = directory.byId(id, scope).orElseThrow(() -> new MeterNotFound(id));
        return new MeterDetail(meter, directory.links(id, scope));
    }

    public record MeterDetail(MeterView meter, List<MeterLinkView> links) {
    }

    /** The filters of a list as the request gave them. */
    public record MeterFilters(UUID site, UUID contract, String kind, String relayState, Boolean remoteRelay,
                               Boolean linked, String search) {
    }
}
