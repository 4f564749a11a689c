package energy.mwolo.cms.jobs;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff publish job offers; the public reads the open ones (published, closing day not past in Kinshasa). */
@Service
public class ManagingJobOffers {

    static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");

    private final JobOffers offers;
    private final ContentRevision revision;
    private final Clock clock;

    ManagingJobOffers(JobOffers offers, ContentRevision revision, Clock clock) {
        this.offers = offers;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public JobOffer create(Bilingual title, Bilingual description, String location, String contractType,
            LocalDate closesOn, boolean published, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        JobOffer offer = offers.save(JobOffer.create(title, description, location, contractType, closesOn, published,
                clock.instant()));
        revision.changed();
        return offer;
    }

    @Transactional
    public JobOffer revise(UUID id, Bilingual title, Bilingual description, String location, String contractType,
            LocalDate closesOn, boolean published, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        JobOffer offer = offers.findById(id).orElseThrow(() -> new ItemNotFound("job_offer", id));
        offer.revise(title, description, location, contractType, closesOn, published, clock.instant());
        revision.changed();
        return offer;
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<JobOffer> list(int page, int size, CurrentUser user) {
        return offers.listed(CmsAccess.seesDrafts(user), LocalDate.now(clock.withZone(KINSHASA)),
                PageRequest.of(page - 1, size));
    }

    @Transactional(readOnly = true)
    public JobOffer find(UUID id, CurrentUser user) {
        return offers.findById(id).filter(offer -> offer.published() || CmsAccess.seesDrafts(user))
                .orElseThrow(() -> new ItemNotFound("job_offer", id));
    }
}
