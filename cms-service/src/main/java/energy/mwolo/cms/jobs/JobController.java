package energy.mwolo.cms.jobs;

import energy.mwolo.cms.caching.PublicContent;
import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.FormReceived;
import energy.mwolo.cms.kernel.Honeypot;
import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.cms.kernel.Uploads;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Job offers ({@code /api/cms/job-offers/}: open ones for everyone, writes for staff), applications
 * ({@code POST /api/cms/job-offers/{id}/applications/}, public, {@code multipart/form-data} with a {@code cv} PDF and
 * a honeypot) and, for HR and cms staff, {@code /api/cms/job-applications/} and each one's {@code cv/}.
 */
@RestController
class JobController {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ManagingJobOffers offers;
    private final ApplyingForJobs applying;

    JobController(ManagingJobOffers offers, ApplyingForJobs applying) {
        this.offers = offers;
        this.applying = applying;
    }

    @PublicContent
    @Operation(summary = "Lister les offres d'emploi")
    @GetMapping({"/api/cms/job-offers", "/api/cms/job-offers/"})
    PageResponse<OfferBody> list(@RequestParam(required = false) String lang, PageQuery page, CurrentUser user) {
        Language language = Language.preferred(lang);
        var found = offers.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent())
                .map(offer -> OfferBody.of(offer, language));
    }

    @PublicContent
    @Operation(summary = "Consulter une offre d'emploi")
    @GetMapping({"/api/cms/job-offers/{id}", "/api/cms/job-offers/{id}/"})
    OfferBody get(@PathVariable UUID id, @RequestParam(required = false) String lang, CurrentUser user) {
        return OfferBody.of(offers.find(id, user), Language.preferred(lang));
    }

    @Operation(summary = "Publier une offre d'emploi")
    @PostMapping({"/api/cms/job-offers", "/api/cms/job-offers/"})
    @ResponseStatus(HttpStatus.CREATED)
    OfferBody create(@RequestBody @Valid OfferRequest request, CurrentUser user) {
        return OfferBody.of(offers.create(request.title(), request.description(), request.location(),
                request.contractType(), request.closesOn(), request.published(), user), Language.FR);
    }

    @Operation(summary = "Réviser une offre d'emploi")
    @PutMapping({"/api/cms/job-offers/{id}", "/api/cms/job-offers/{id}/"})
    OfferBody revise(@PathVariable UUID id, @RequestBody @Valid OfferRequest request, CurrentUser user) {
        return OfferBody.of(offers.revise(id, request.title(), request.description(), request.location(),
                request.contractType(), request.closesOn(), request.published(), user), Language.FR);
    }

    @Operation(summary = "Postuler à une offre d'emploi (avec CV)")
    @PostMapping(value = {"/api/cms/job-offers/{id}/applications", "/api/cms/job-offers/{id}/applications/"},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    FormReceived apply(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String message, @RequestParam(required = false) String website,
            @RequestPart(name = "cv", required = false) MultipartFile cv) {
        if (Honeypot.caught(website)) {
            return FormReceived.RECEIVED;
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidField.required("name");
        }
        Matcher valid = EMAIL.matcher(email == null ? "" : email.strip());
        if (!valid.matches() || email.length() > 254) {
            throw new InvalidField("email", "cms.validation.email");
        }
        if ((phone != null && phone.length() > 30) || (message != null && message.length() > 5000)) {
            throw new InvalidField(phone != null && phone.length() > 30 ? "phone" : "message",
                    "cms.validation.too_long", phone != null && phone.length() > 30 ? 30 : 5000);
        }
        applying.apply(id, name, email, phone, message, bytes(cv));
        return FormReceived.RECEIVED;
    }

    @Operation(summary = "Lister les candidatures reçues")
    @GetMapping({"/api/cms/job-applications", "/api/cms/job-applications/"})
    PageResponse<ApplicationBody> applications(@RequestParam(name = "job_offer", required = false) UUID offer,
            PageQuery page, CurrentUser user) {
        var found = applying.received(offer, page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent()).map(ApplicationBody::of);
    }

    /** The CV as received: a PDF, downloaded (never shown inline), its type fixed by the server. */
    @Operation(summary = "Télécharger le CV d'une candidature")
    @GetMapping({"/api/cms/job-applications/{id}/cv", "/api/cms/job-applications/{id}/cv/"})
    ResponseEntity<InputStreamResource> cv(@PathVariable UUID id, CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Uploads.PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cv-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(applying.cv(id, user)));
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A job offer as staff write it; publishing and revising take the same body.
     *
     * @param titleFr the title in French, required; plain text (tags are removed), 200 characters at most
     * @param titleEn the title in English, 200 characters at most; null or blank shows the French one
     * @param descriptionFr the description in French, required; rich text (HTML), cleaned of anything that could run in
     *     a browser
     * @param descriptionEn the description in English, cleaned the same way; null shows the French one
     * @param location where the job is (a town, an agency), free text of 120 characters at most; may be null
     * @param contractType the contract offered, required: {@code cdi} (permanent), {@code cdd} (fixed term),
     *     {@code consultant} or {@code stage} (internship)
     * @param closesOn the last day applications are taken (yyyy-MM-dd, Kinshasa time); null keeps the offer open
     *     until it is unpublished
     * @param isPublished whether the public sees the offer and may apply; null means {@code true}
     */
    record OfferRequest(String titleFr, String titleEn, String descriptionFr, String descriptionEn,
            @jakarta.validation.constraints.Size(max = 120) String location,
            @Pattern(regexp = "cdi|cdd|consultant|stage") String contractType, LocalDate closesOn,
            Boolean isPublished) {

        Bilingual title() {
            return Bilingual.plain(titleFr, titleEn, "title", 200);
        }

        Bilingual description() {
            return Bilingual.rich(descriptionFr, descriptionEn, "description");
        }

        boolean published() {
            return isPublished == null || isPublished;
        }

        @Override
        public String contractType() {
            if (contractType == null) {
                throw InvalidField.required("contract_type");
            }
            return contractType;
        }
    }

    /**
     * A job offer, in one language. The public list shows open offers only (published, closing day not past), the most
     * recently changed first; staff see every offer.
     *
     * @param id the offer's identifier, for reading it, revising it or applying to it
     * @param title the title in the language asked ({@code ?lang=}), or the French one when it has no English; in
     *     French in the answer to a publish or a revise
     * @param description the description (cleaned HTML), in the same language as {@code title}
     * @param location where the job is (a town, an agency); null when not given
     * @param contractType the contract offered: {@code cdi} (permanent), {@code cdd} (fixed term), {@code consultant}
     *     or {@code stage} (internship)
     * @param closesOn the last day applications are taken (yyyy-MM-dd, Kinshasa time); null when the offer has no
     *     closing day
     * @param isPublished whether the public sees the offer; the public only ever gets {@code true}
     */
    record OfferBody(UUID id, String title, String description, String location, String contractType,
            LocalDate closesOn, boolean isPublished) {

        static OfferBody of(JobOffer offer, Language language) {
            return new OfferBody(offer.id(), offer.title(language), offer.description(language), offer.location(),
                    offer.contractType(), offer.closesOn(), offer.published());
        }
    }

    /**
     * An application received for a job offer, for HR and cms staff. Lists are ordered newest first.
     *
     * @param id the application's identifier
     * @param jobOffer the job offer applied to
     * @param name the applicant's full name as typed (plain text, 200 characters at most)
     * @param email the applicant's email address, where the answer is sent
     * @param phone the applicant's phone number as typed (30 characters at most); null when not given
     * @param message the applicant's letter or message (plain text, 5,000 characters at most); null when not given
     * @param cvSize the size of the CV in bytes (a PDF of 5 MB at most)
     * @param cv the path to download the CV from ({@code /api/cms/job-applications/{id}/cv/})
     * @param submittedAt when the application was received (ISO-8601, UTC)
     */
    record ApplicationBody(UUID id, UUID jobOffer, String name, String email, String phone, String message,
            long cvSize, String cv, Instant submittedAt) {

        static ApplicationBody of(JobApplication a) {
            return new ApplicationBody(a.id(), a.jobOfferId(), a.name(), a.email(), a.phone(), a.message(),
                    a.cvSize(), "/api/cms/job-applications/" + a.id() + "/cv/", a.submittedAt());
        }
    }
}
