package energy.mwolo.cms.newsletter;

import energy.mwolo.cms.kernel.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One address on the newsletter list. {@code pending} until its confirmation link is followed in time, then
 * {@code confirmed}; {@code unsubscribed} by its unsubscribe link, at any time, once and for all unless the person
 * subscribes again (which asks for a new confirmation).
 */
@Entity
@Table(name = "newsletter_subscriptions")
public class Subscription {

    public static final String PENDING = "pending";
    public static final String CONFIRMED = "confirmed";
    public static final String UNSUBSCRIBED = "unsubscribed";

    @Id
    private UUID id;
    private String email;
    private String language;
    private String status;
    private String confirmationHash;
    private Instant confirmationExpiresAt;
    private String unsubscribeHash;
    private Instant subscribedAt;
    private Instant confirmedAt;
    private Instant unsubscribedAt;
    @Version
    private Long version;

    protected Subscription() {
    }

    static Subscription pending(String email, Language language, String confirmationHash, Instant expiresAt,
            String unsubscribeHash, Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.email = email;
        subscription.unsubscribeHash = unsubscribeHash;
        subscription.askConfirmation(language, confirmationHash, expiresAt, now);
        return subscription;
    }

    /** A new confirmation link (the earlier one stops working); a confirmed address needs none. */
    void askConfirmation(Language language, String confirmationHash, Instant expiresAt, Instant now) {
        this.language = language.code();
        this.status = PENDING;
        this.confirmationHash = confirmationHash;
        this.confirmationExpiresAt = expiresAt;
        this.subscribedAt = now;
        this.unsubscribedAt = null;
    }

    /** Answers false when the link has expired; a confirmed subscription stays confirmed. */
    boolean confirm(Instant now) {
        if (CONFIRMED.equals(status)) {
            return true;
        }
        if (!PENDING.equals(status) || now.isAfter(confirmationExpiresAt)) {
            return false;
        }
        status = CONFIRMED;
        confirmedAt = now;
        confirmationHash = null;
        confirmationExpiresAt = null;
        return true;
    }

    void unsubscribe(Instant now) {
        if (UNSUBSCRIBED.equals(status)) {
            return;
        }
        status = UNSUBSCRIBED;
        unsubscribedAt = now;
        confirmationHash = null;
        confirmationExpiresAt = null;
    }

    void replaceUnsubscribeHash(String hash) {
        this.unsubscribeHash = hash;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public String status() {
        return status;
    }

    public Instant subscribedAt() {
        return subscribedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt;
    }
}
