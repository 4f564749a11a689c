package energy.mwolo.audit.log.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An event as it arrived, before it has a place in the chain. Instants are cut to microseconds, the precision
 * PostgreSQL stores, so the hash computed now is the hash recomputed from the stored row later.
 *
 * @param eventId    the CloudEvents id ({@code ce_id}); with the source, the dedupe key ({@link EventKey})
 * @param value      the record's value as received, {@code null} for a tombstone
 * @param truncation what {@link EventLimits#fit} shortened
 */
public record IncomingEvent(String eventId, String type, String source, String subject, String actor,
                            Instant occurredAt, Instant receivedAt, Origin origin, byte[] value,
                            Truncation truncation) {

    public IncomingEvent {
        if (eventId == null || eventId.isEmpty()) {
            throw new IllegalArgumentException("An event has an id");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(truncation, "truncation");
        occurredAt = micros(occurredAt);
        receivedAt = micros(receivedAt);
    }

    /** An event as it came off the topic, nothing shortened yet. */
    public IncomingEvent(String eventId, String type, String source, String subject, String actor,
                         Instant occurredAt, Instant receivedAt, Origin origin, byte[] value) {
        this(eventId, type, source, subject, actor, occurredAt, receivedAt, origin, value, Truncation.NONE);
    }

    /** What makes it the same event as another. */
    public EventKey key() {
        return new EventKey(eventId, source, origin.owner());
    }

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
