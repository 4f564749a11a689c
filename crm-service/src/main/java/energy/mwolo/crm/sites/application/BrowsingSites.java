package energy.mwolo.crm.sites.application;

import energy.mwolo.crm.access.CrmAccess;
import energy.mwolo.crm.sites.model.Site;
import energy.mwolo.crm.sites.model.SiteNotFound;
import energy.mwolo.crm.sites.model.Sites;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads sites: a customer sees only its own client's, another client's site is "not found". */
@Service
@Transactional(readOnly = true)
public class BrowsingSites {

    private final Sites sites;
    private final SiteDirectory directory;

    BrowsingSites(Sites sites, SiteDirectory directory) {
        this.sites = sites;
        this.directory = directory;
    }

    public SiteQuery query(UUID client, Boolean active, String search, CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        return new SiteQuery(client, active, search, scope.ownClient(), scope.restricted());
    }

    public long count(SiteQuery query) {
        return directory.count(query);
    }

    public List<Site> find(SiteQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    public Site show(UUID id, CurrentUser user) {
        CrmAccess.ReadScope scope = CrmAccess.readScope(user);
        return sites.byId(id).filter(site -> scope.allows(site.clientId())).orElseThrow(() -> new SiteNotFound(id));
    }
}
