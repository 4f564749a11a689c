package energy.mwolo.audit.log.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import energy.mwolo.audit.log.model.AuditEntry;
import java.time.Instant;
import java.util.Base64;

/**
 * One entry as the API shows it: {@code payload} is the event's JSON itself; a payload that is not JSON is in
 * {@code payload_raw} (base64) with {@code payload_valid = false}.
 */
record EventResponse(long seq, String eventId, String type, String source, String subject, String actor,
                     Instant occurredAt, Instant receivedAt, String topic, int partition, long offset,
                     boolean payloadValid, @JsonRawValue String payload, String payloadRaw, String prevHash,
                     String hash) {

    static EventResponse from(AuditEntry e) {
        return new EventResponse(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(),
                e.receivedAt(), e.origin().topic(), e.origin().partition(), e.origin().offset(), e.payload().valid(),
                e.payload().json().orElse(null),
                e.payload().raw().map(Base64.getEncoder()::encodeToString).orElse(null),
                e.prevHash().hex(), e.hash().hex());
    }
}
