package energy.mwolo.cms.jobs;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.ItemNotFound;
import energy.mwolo.cms.kernel.Uploads;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors apply to an open offer with a CV, which must be a PDF by its bytes (whatever its name or declared type)
 * of 5 MB at most; it goes to the platform's file storage under {@code cms/applications/<id>.pdf}. The CV is
 * written before the row: a failed insert leaves an unreferenced file, never a row without its file. HR
 * ({@code hr:read}) and cms staff read applications and download CVs.
 */
@Service
public class ApplyingForJobs {

    static final int MAX_CV_BYTES = 5 * 1024 * 1024;

    private final JobOffers offers;
    private final JobApplications applications;
    private final FileStorage storage;
    private final Clock clock;

    ApplyingForJobs(JobOffers offers, JobApplications applications, FileStorage storage, Clock clock) {
        this.offers = offers;
        this.applications = applications;
        this.storage = storage;
        this.clock = clock;
    }

    @Transactional
    public JobApplication apply(UUID offerId, String name, String email, String phone, String message, byte[] cv) {
        JobOffer offer = offers.findById(offerId).filter(JobOffer::published)
                .orElseThrow(() -> new ItemNotFound("job_offer", offerId));
        if (!offer.open(LocalDate.now(clock.withZone(ManagingJobOffers.KINSHASA)))) {
            throw new OfferClosed(offerId);
        }
        if (cv == null || cv.length == 0) {
            throw InvalidField.required("cv");
        }
        if (cv.length > MAX_CV_BYTES) {
            throw new InvalidField("cv", "cms.upload.too_large", MAX_CV_BYTES / (1024 * 1024));
        }
        if (!Uploads.isPdf(cv)) {
            throw new InvalidField("cv", "cms.upload.not_pdf");
        }
        UUID id = UUID.randomUUID();
        String key = "cms/applications/" + id + ".pdf";
        storage.put(key, new ByteArrayInputStream(cv));
        return applications.save(JobApplication.submitted(id, offerId, name, email, phone, message, key, cv.length,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<JobApplication> received(UUID offer, int page, int size,
            CurrentUser user) {
        CmsAccess.requireApplicationsReader(user);
        return applications.received(offer, PageRequest.of(page - 1, size));
    }

    @Transactional(readOnly = true)
    public InputStream cv(UUID application, CurrentUser user) {
        CmsAccess.requireApplicationsReader(user);
        JobApplication found = applications.findById(application)
                .orElseThrow(() -> new ItemNotFound("job_application", application));
        return storage.open(found.cvKey()).orElseThrow(() -> new ItemNotFound("cv", application));
    }

    static final class OfferClosed extends DomainException {
        OfferClosed(UUID offer) {
            super(ErrorKind.CONFLICT, "cms.job_offer.closed", null, offer);
        }
    }
}
