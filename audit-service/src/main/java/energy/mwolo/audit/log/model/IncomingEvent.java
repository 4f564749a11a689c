package energy.mwolo.audit.log.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An event as it arrived, before it has a place in the chain. Instants are cut to microseconds, the precision
 * PostgreSQL stores, so the hash computed now is the hash recomputed from the stored row later.
 *
 * @param eventId the CloudEvents id ({@code ce_id}); the dedupe key
 * @param value   the record's value as received, {@code null} for a tombstone
 */
public record IncomingEvent(String eventId, String type, String source, String subject, String actor,
                            Instant occurredAt, Instant receivedAt, Origin origin, byte[] value) {

    public IncomingEvent {
        if (eventId == null || eventId.isEmpty()) {
            throw new IllegalArgumentException("An event has an id");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(origin, "origin");
        occurredAt = micros(occurredAt);
        receivedAt = micros(receivedAt);
    }

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
