package energy.mwolo.cms.jobs;

import energy.mwolo.cms.kernel.Bilingual;
import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A job offer: bilingual title and description, place, contract type, closing day (Kinshasa), published flag. */
@Entity
@Table(name = "job_offers")
public class JobOffer {

    @Id
    private UUID id;
    private String titleFr;
    private String titleEn;
    private String descriptionFr;
    private String descriptionEn;
    private String location;
    private String contractType;
    private LocalDate closesOn;
    private boolean published;
    private Instant updatedAt;

    protected JobOffer() {
    }

    static JobOffer create(Bilingual title, Bilingual description, String location, String contractType,
            LocalDate closesOn, boolean published, Instant now) {
        JobOffer offer = new JobOffer();
        offer.id = UUID.randomUUID();
        offer.revise(title, description, location, contractType, closesOn, published, now);
        return offer;
    }

    void revise(Bilingual title, Bilingual description, String location, String contractType, LocalDate closesOn,
            boolean published, Instant now) {
        this.titleFr = title.fr();
        this.titleEn = title.en();
        this.descriptionFr = description.fr();
        this.descriptionEn = description.en();
        this.location = location;
        this.contractType = contractType;
        this.closesOn = closesOn;
        this.published = published;
        this.updatedAt = now;
    }

    /** Applications are taken while the offer is published and not past its closing day. */
    boolean open(LocalDate today) {
        return published && (closesOn == null || !today.isAfter(closesOn));
    }

    public UUID id() {
        return id;
    }

    public String title(Language language) {
        return new Bilingual(titleFr, titleEn).in(language);
    }

    public String description(Language language) {
        return new Bilingual(descriptionFr, descriptionEn).in(language);
    }

    public String location() {
        return location;
    }

    public String contractType() {
        return contractType;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public boolean published() {
        return published;
    }
}
