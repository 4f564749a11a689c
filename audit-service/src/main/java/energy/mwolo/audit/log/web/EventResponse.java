package energy.mwolo.audit.log.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import energy.mwolo.audit.log.model.AuditEntry;
import java.time.Instant;
import java.util.Base64;

/**
 * One entry as the API shows it: {@code payload} is the event's JSON itself; a payload that is not JSON is in
 * {@code payload_raw} (base64) with {@code payload_valid = false}. {@code source_mismatch}: the source is not the
 * service that owns the topic; {@code headers_truncated}, {@code payload_truncated}: cut to the log's limits.
 */
record EventResponse(long seq, String eventId, String type, String source, String subject, String actor,
                     Instant occurredAt, Instant receivedAt, String topic, int partition, long offset,
                     boolean payloadValid, @JsonRawValue String payload, String payloadRaw, boolean sourceMismatch,
                     boolean headersTruncated, boolean payloadTruncated, String prevHash, String hash) {

    static EventResponse from(AuditEntry e) {
        return new EventResponse(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(), e.occurredAt(),
                e.receivedAt(), e.origin().topic(), e.origin().partition(), e.origin().offset(), e.payload().valid(),
                e.payload().json().orElse(null),
                e.payload().raw().map(Base64.getEncoder()::encodeToString).orElse(null),
                e.sourceMismatch(), e.truncation().headers(), e.truncation().payload(),
                e.prevHash().hex(), e.hash().hex());
    }
}
