package energy.mwolo.audit.log.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the chain: an event at its sequence number, linked to the entry before by {@code prevHash}, sealed
 * by {@code hash} = SHA-256({@code prevHash} || {@link CanonicalForm canonical bytes} of version {@code format}).
 *
 * @param truncation what the log shortened to fit its limits (always none in format 1)
 * @param format     the version of the canonical form its hash covers: 1 for entries appended before the
 *                   truncation flags existed, {@link CanonicalForm#CURRENT} for new ones
 */
public record AuditEntry(long seq, String eventId, String type, String source, String subject, String actor,
                         Instant occurredAt, Instant receivedAt, Origin origin, Payload payload,
                         Truncation truncation, int format, Hash prevHash, Hash hash) {

    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1");
        }
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(truncation, "truncation");
        Objects.requireNonNull(prevHash, "prevHash");
        if (format != CanonicalForm.V1 && format != CanonicalForm.V2) {
            throw new IllegalArgumentException("No canonical form version " + format);
        }
        if (format == CanonicalForm.V1 && truncation.any()) {
            throw new IllegalArgumentException("Canonical form 1 has no truncation flags");
        }
        occurredAt = IncomingEvent.micros(occurredAt);
        receivedAt = IncomingEvent.micros(Objects.requireNonNull(receivedAt, "receivedAt"));
    }

    /** An entry of canonical form 1, as the log wrote them before version 2. */
    public AuditEntry(long seq, String eventId, String type, String source, String subject, String actor,
                      Instant occurredAt, Instant receivedAt, Origin origin, Payload payload, Hash prevHash,
                      Hash hash) {
        this(seq, eventId, type, source, subject, actor, occurredAt, receivedAt, origin, payload, Truncation.NONE,
                CanonicalForm.V1, prevHash, hash);
    }

    /** The entry for {@code event} right after {@code previous}, in the current canonical form, hash computed. */
    static AuditEntry after(ChainHead previous, IncomingEvent event, Payload payload) {
        AuditEntry unsealed = new AuditEntry(previous.seq() + 1, event.eventId(), event.type(), event.source(),
                event.subject(), event.actor(), event.occurredAt(), event.receivedAt(), event.origin(), payload,
                event.truncation(), CanonicalForm.CURRENT, previous.hash(), null);
        return unsealed.sealed(CanonicalForm.hash(unsealed));
    }

    private AuditEntry sealed(Hash hash) {
        return new AuditEntry(seq, eventId, type, source, subject, actor, occurredAt, receivedAt, origin, payload,
                truncation, format, prevHash, hash);
    }

    /**
     * Whether its {@code ce_source} is not the service that owns its topic (the broker lets only the owner write
     * it): a producer claiming to be someone else. Derived from hashed fields, so not hashed itself.
     */
    public boolean sourceMismatch() {
        return !origin.expectedSource().equals(source);
    }

    /** Whether the stored hash is the one its content and previous hash give. */
    public boolean sealIntact() {
        return CanonicalForm.hash(this).equals(hash);
    }

    public ChainHead asHead() {
        return new ChainHead(seq, hash);
    }
}
