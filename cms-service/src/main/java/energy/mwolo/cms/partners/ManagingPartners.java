package energy.mwolo.cms.partners;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff keep the partners; the public reads the active ones in order. */
@Service
public class ManagingPartners {

    private final Partners partners;
    private final ContentRevision revision;
    private final Clock clock;

    ManagingPartners(Partners partners, ContentRevision revision, Clock clock) {
        this.partners = partners;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Partner create(String name, String website, String logo, int position, boolean active, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        Partner partner = partners.save(Partner.create(name, website, logo, position, active, clock.instant()));
        revision.changed();
        return partner;
    }

    @Transactional
    public Partner revise(UUID id, String name, String website, String logo, int position, boolean active,
            CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Partner partner = partners.findById(id).orElseThrow(() -> new ItemNotFound("partner", id));
        partner.revise(name, website, logo, position, active, clock.instant());
        revision.changed();
        return partner;
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.DELETE);
        partners.delete(partners.findById(id).orElseThrow(() -> new ItemNotFound("partner", id)));
        revision.changed();
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Partner> list(int page, int size, CurrentUser user) {
        return partners.listed(CmsAccess.seesDrafts(user), PageRequest.of(page - 1, size));
    }
}
