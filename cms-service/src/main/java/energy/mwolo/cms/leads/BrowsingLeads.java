package energy.mwolo.cms.leads;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff read the contact form's messages, newest first. */
@Service
@Transactional(readOnly = true)
public class BrowsingLeads {

    private final Leads leads;

    BrowsingLeads(Leads leads) {
        this.leads = leads;
    }

    public org.springframework.data.domain.Page<Lead> list(int page, int size, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.READ);
        return leads.newestFirst(PageRequest.of(page - 1, size));
    }
}
