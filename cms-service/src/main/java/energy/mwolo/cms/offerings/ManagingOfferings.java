package energy.mwolo.cms.offerings;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff keep the list of services offered; the public reads the active ones in order. */
@Service
public class ManagingOfferings {

    private final Offerings offerings;
    private final ContentRevision revision;
    private final Clock clock;

    ManagingOfferings(Offerings offerings, ContentRevision revision, Clock clock) {
        this.offerings = offerings;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Offering create(Bilingual title, Bilingual description, String icon, int position, boolean active,
            CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        Offering offering = offerings.save(Offering.create(title, description, icon, position, active,
                clock.instant()));
        revision.changed();
        return offering;
    }

    @Transactional
    public Offering revise(UUID id, Bilingual title, Bilingual description, String icon, int position,
            boolean active, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Offering offering = offerings.findById(id).orElseThrow(() -> new ItemNotFound("service", id));
        offering.revise(title, description, icon, position, active, clock.instant());
        revision.changed();
        return offering;
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.DELETE);
        offerings.delete(offerings.findById(id).orElseThrow(() -> new ItemNotFound("service", id)));
        revision.changed();
    }

    /** Active ones for the public; every one for staff with {@code cms:read}. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Offering> list(int page, int size, CurrentUser user) {
        return offerings.listed(CmsAccess.seesDrafts(user), PageRequest.of(page - 1, size));
    }
}
