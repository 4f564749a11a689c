package energy.mwolo.cms.testimonials;

import energy.mwolo.cms.kernel.RichText;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A visitor's testimonial: {@code pending} when sent, then {@code approved} (shown on the website) or
 * {@code rejected} by staff, once; deciding again the same way changes nothing, the other way is a 409.
 */
@Entity
@Table(name = "testimonials")
public class Testimonial {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    @Id
    private UUID id;
    private String authorName;
    private String authorDetail;
    private String message;
    private Integer rating;
    private String status;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;

    protected Testimonial() {
    }

    static Testimonial submitted(String name, String detail, String message, Integer rating, Instant now) {
        Testimonial testimonial = new Testimonial();
        testimonial.id = UUID.randomUUID();
        testimonial.authorName = RichText.plain(name);
        testimonial.authorDetail = detail == null || detail.isBlank() ? null : RichText.plain(detail);
        testimonial.message = RichText.plain(message);
        testimonial.rating = rating;
        testimonial.status = PENDING;
        testimonial.submittedAt = now;
        return testimonial;
    }

    /** Answers whether this changed anything (a repeated identical decision does not). */
    boolean decide(String decision, String actor, Instant now) {
        if (status.equals(decision)) {
            return false;
        }
        if (!status.equals(PENDING)) {
            throw new AlreadyDecided(id, status);
        }
        status = decision;
        decidedAt = now;
        decidedBy = actor;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String authorName() {
        return authorName;
    }

    public String authorDetail() {
        return authorDetail;
    }

    public String message() {
        return message;
    }

    public Integer rating() {
        return rating;
    }

    public String status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    static final class AlreadyDecided extends DomainException {
        AlreadyDecided(UUID id, String status) {
            super(ErrorKind.CONFLICT, "cms.testimonial.already_decided", null, id, status.toLowerCase(Locale.ROOT));
        }
    }
}
