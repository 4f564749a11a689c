package energy.mwolo.crm.sites.application;

import energy.mwolo.crm.sites.model.Site;

public interface SiteEvents {

    void registered(Site site);

    void updated(Site site);
}
