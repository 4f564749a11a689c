package energy.mwolo.cms.faqs;

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

/** Staff keep the FAQ; the public reads the published questions by category and order. */
@Service
public class ManagingFaqs {

    private final Faqs faqs;
    private final ContentRevision revision;
    private final Clock clock;

    ManagingFaqs(Faqs faqs, ContentRevision revision, Clock clock) {
        this.faqs = faqs;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Faq create(String category, Bilingual question, Bilingual answer, int position, boolean published,
            CurrentUser user) {
        CmsAccess.require(user, CmsAccess.CREATE);
        Faq faq = faqs.save(Faq.create(category, question, answer, position, published, clock.instant()));
        revision.changed();
        return faq;
    }

    @Transactional
    public Faq revise(UUID id, String category, Bilingual question, Bilingual answer, int position,
            boolean published, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.UPDATE);
        Faq faq = faqs.findById(id).orElseThrow(() -> new ItemNotFound("faq", id));
        faq.revise(category, question, answer, position, published, clock.instant());
        revision.changed();
        return faq;
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.DELETE);
        faqs.delete(faqs.findById(id).orElseThrow(() -> new ItemNotFound("faq", id)));
        revision.changed();
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Faq> list(String category, int page, int size, CurrentUser user) {
        return faqs.listed(CmsAccess.seesDrafts(user), category, PageRequest.of(page - 1, size));
    }
}
