package energy.mwolo.cms.testimonials;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.FormReceived;
import energy.mwolo.cms.kernel.Honeypot;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Testimonials: {@code POST /api/cms/testimonial-submissions/} (public, honeypot), {@code GET
 * /api/cms/testimonials/} (approved ones; staff {@code ?status=pending|rejected}), approve and reject for staff.
 */
@RestController
class TestimonialController {

    private final CollectingTestimonials collecting;

    TestimonialController(CollectingTestimonials collecting) {
        this.collecting = collecting;
    }

    @Operation(summary = "Proposer un témoignage")
    @PostMapping({"/api/cms/testimonial-submissions", "/api/cms/testimonial-submissions/"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    FormReceived submit(@RequestBody @Valid SubmissionRequest request) {
        if (!Honeypot.caught(request.website())) {
            collecting.submit(request.name(), request.detail(), request.message(), request.rating());
        }
        return FormReceived.RECEIVED;
    }

    @PublicContent
    @Operation(summary = "Lister les témoignages")
    @GetMapping({"/api/cms/testimonials", "/api/cms/testimonials/"})
    PageResponse<TestimonialBody> list(@RequestParam(required = false) String status, PageQuery page,
            CurrentUser user) {
        var found = collecting.list(status, page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent()).map(TestimonialBody::of);
    }

    @Operation(summary = "Approuver un témoignage")
    @PostMapping({"/api/cms/testimonials/{id}/approve", "/api/cms/testimonials/{id}/approve/"})
    TestimonialBody approve(@PathVariable UUID id, CurrentUser user) {
        return TestimonialBody.of(collecting.decide(id, true, user));
    }

    @Operation(summary = "Refuser un témoignage")
    @PostMapping({"/api/cms/testimonials/{id}/reject", "/api/cms/testimonials/{id}/reject/"})
    TestimonialBody reject(@PathVariable UUID id, CurrentUser user) {
        return TestimonialBody.of(collecting.decide(id, false, user));
    }

    /**
     * A testimonial sent from the website by a visitor; it waits as {@code pending} until staff approve it.
     *
     * @param name the author's name as it will be shown, required, 120 characters at most (tags are removed)
     * @param detail what the author wants shown beside the name (a town, a company), 120 characters at most; optional
     * @param message the testimonial itself, required, 1,000 characters at most (tags are removed)
     * @param rating the author's rating from 1 to 5 (stars); optional
     * @param website leave empty: a field hidden from people that robots fill; when filled, nothing is kept
     */
    record SubmissionRequest(@NotBlank @Size(max = 120) String name, @Size(max = 120) String detail,
            @NotBlank @Size(max = 1000) String message, @Min(1) @Max(5) Integer rating, String website) {
    }

    /**
     * A visitor's testimonial. The public sees approved ones only; lists show one status, the most recently decided
     * first, then the most recently sent.
     *
     * @param id the testimonial's identifier, for approving or rejecting it
     * @param name the author's name as shown
     * @param detail what is shown beside the name (a town, a company); null when not given
     * @param message the testimonial itself (plain text)
     * @param rating the author's rating from 1 to 5; null when not given
     * @param status {@code pending} (waiting for staff), {@code approved} (shown on the website) or {@code rejected}
     * @param submittedAt when the visitor sent it (ISO-8601, UTC)
     * @param decidedAt when staff approved or rejected it (ISO-8601, UTC); null while {@code pending}
     */
    record TestimonialBody(UUID id, String name, String detail, String message, Integer rating, String status,
            Instant submittedAt, Instant decidedAt) {

        static TestimonialBody of(Testimonial t) {
            return new TestimonialBody(t.id(), t.authorName(), t.authorDetail(), t.message(), t.rating(), t.status(),
                    t.submittedAt(), t.decidedAt());
        }
    }
}
