package energy.mwolo.crm.sites.application;

import energy.mwolo.crm.sites.model.Site;
import java.util.List;

public interface SiteDirectory {

    long count(SiteQuery query);

    List<Site> find(SiteQuery query, long offset, int limit);
}
