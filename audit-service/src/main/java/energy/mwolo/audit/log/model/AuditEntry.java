package energy.mwolo.audit.log.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the chain: an event at its sequence number, linked to the entry before by {@code prevHash}, sealed
 * by {@code hash} = SHA-256({@code prevHash} || {@link CanonicalForm canonical bytes}).
 */
public record AuditEntry(long seq, String eventId, String type, String source, String subject, String actor,
                         Instant occurredAt, Instant receivedAt, Origin origin, Payload payload, Hash prevHash,
                         Hash hash) {

    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1");
        }
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(prevHash, "prevHash");
        occurredAt = IncomingEvent.micros(occurredAt);
        receivedAt = IncomingEvent.micros(Objects.requireNonNull(receivedAt, "receivedAt"));
    }

    /** The entry for {@code event} right after {@code previous}, hash computed. */
    static AuditEntry after(ChainHead previous, IncomingEvent event, Payload payload) {
        AuditEntry unsealed = new AuditEntry(previous.seq() + 1, event.eventId(), event.type(), event.source(),
                event.subject(), event.actor(), event.occurredAt(), event.receivedAt(), event.origin(), payload,
                previous.hash(), null);
        return unsealed.sealed(CanonicalForm.hash(unsealed));
    }

    private AuditEntry sealed(Hash hash) {
        return new AuditEntry(seq, eventId, type, source, subject, actor, occurredAt, receivedAt, origin, payload,
                prevHash, hash);
    }

    /** Whether the stored hash is the one its content and previous hash give. */
    public boolean sealIntact() {
        return CanonicalForm.hash(this).equals(hash);
    }

    public ChainHead asHead() {
        return new ChainHead(seq, hash);
    }
}
