package energy.mwolo.cms.testimonials;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.caching.ContentRevision;
import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visitors send testimonials; staff with {@code cms:approve} approve or reject them; the public reads approved ones. */
@Service
public class CollectingTestimonials {

    private static final Set<String> STATUSES = Set.of(Testimonial.PENDING, Testimonial.APPROVED,
            Testimonial.REJECTED);

    private final Testimonials testimonials;
    private final ContentRevision revision;
    private final Clock clock;

    CollectingTestimonials(Testimonials testimonials, ContentRevision revision, Clock clock) {
        this.testimonials = testimonials;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public Testimonial submit(String name, String detail, String message, Integer rating) {
        return testimonials.save(Testimonial.submitted(name, detail, message, rating, clock.instant()));
    }

    @Transactional
    public Testimonial decide(UUID id, boolean approve, CurrentUser user) {
        CmsAccess.require(user, CmsAccess.APPROVE);
        Testimonial testimonial = testimonials.findById(id).orElseThrow(() -> new ItemNotFound("testimonial", id));
        if (testimonial.decide(approve ? Testimonial.APPROVED : Testimonial.REJECTED, user.actor(), clock.instant())) {
            revision.changed();
        }
        return testimonial;
    }

    /** The public sees approved ones only; staff with {@code cms:read} choose the status (pending by default). */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Testimonial> list(String status, int page, int size,
            CurrentUser user) {
        String shown = Testimonial.APPROVED;
        if (status != null && !status.equals(Testimonial.APPROVED)) {
            CmsAccess.require(user, CmsAccess.READ);
            if (!STATUSES.contains(status)) {
                throw new InvalidField("status", "cms.validation.unknown_code", status);
            }
            shown = status;
        }
        return testimonials.withStatus(shown, PageRequest.of(page - 1, size));
    }
}
