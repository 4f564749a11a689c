package energy.mwolo.geo.agencies.application;

import energy.mwolo.geo.agencies.model.AgencyNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Lists and shows agencies to whoever asks; registration forms need them without an account. A closed agency is
 * hidden, as if it did not exist, from callers who may not see closed agencies, whatever filter they use; so is the
 * manager (a staff member's user id) from callers who do not read agencies as staff.
 */
@Service
public class BrowsingAgencies {

    private final AgencyDirectory directory;

    BrowsingAgencies(AgencyDirectory directory) {
        this.directory = directory;
    }

    public AgencyQuery query(UUID province, UUID territory, Boolean active, String search, String ordering,
                             CurrentUser user) {
        return new AgencyQuery(province, territory, active, AgencyPermissions.maySeeClosedAgencies(user),
                search == null || search.isBlank() ? null : search.strip(), AgencyOrdering.parse(ordering),
                AgencyPermissions.maySeeManagers(user));
    }

    public long count(AgencyQuery query) {
        return directory.count(query);
    }

    public List<AgencyView> find(AgencyQuery query, long offset, int limit) {
        List<AgencyView> found = directory.find(query, offset, limit);
        return query.withManagers() ? found : found.stream().map(AgencyView::withoutManager).toList();
    }

    public AgencyView show(UUID id, CurrentUser user) {
        AgencyView agency = directory.byId(id)
                .filter(found -> found.active() || AgencyPermissions.maySeeClosedAgencies(user))
                .orElseThrow(() -> new AgencyNotFound(id));
        return AgencyPermissions.maySeeManagers(user) ? agency : agency.withoutManager();
    }
}
