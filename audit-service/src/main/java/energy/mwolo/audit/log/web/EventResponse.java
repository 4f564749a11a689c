package energy.mwolo.audit.log.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import energy.mwolo.audit.log.model.AuditEntry;
import java.time.Instant;
import java.util.Base64;

/**
 * One entry as the API shows it: {@code payload} is the event's JSON itself; a payload that is not JSON is in
 * {@code payload_raw} (base64) with {@code payload_valid = false}. {@code source_mismatch}: the source is not the
 * service that owns the topic; {@code headers_truncated}, {@code payload_truncated}: cut to the log's limits.
 *
 * @param seq              the entry's sequence number in the chain, from 1, without gaps; also its id in
 *                         {@code /api/audit/events/{id}/}
 * @param eventId          the event's id ({@code ce_id}, a UUID for platform events); when the record had none,
 *                         {@code kafka:<topic>/<partition>/<offset>}
 * @param type             the event's type ({@code ce_type}), e.g. {@code geo.AgencyOpened}; null when absent
 * @param source           the service that says it published the event ({@code ce_source}), e.g.
 *                         {@code billing-service}; null when absent
 * @param subject          the id of the object the event concerns ({@code ce_subject}, else the Kafka record key);
 *                         null when neither is present
 * @param actor            who caused it ({@code ce_actor}): a user id, {@code anonymous} or {@code system}; null when
 *                         absent
 * @param occurredAt       when it happened, as its producer says ({@code ce_time}; ISO-8601, UTC, to the
 *                         microsecond); null when missing or unreadable
 * @param receivedAt       when the audit service read it (ISO-8601, UTC, to the microsecond)
 * @param topic            the Kafka topic it was read from, e.g. {@code crm.client.events}
 * @param partition        the Kafka partition it was read from
 * @param offset           its offset in that partition
 * @param payloadValid     true when the payload is JSON (in {@code payload}); false when it is not, was cut, or the
 *                         record had no value
 * @param payload          the event's JSON itself (not a string), as the database renders it (key order and spacing
 *                         may differ from the producer's); null when {@code payload_valid} is false
 * @param payloadRaw       the payload's bytes in base64 when it is not JSON or was cut; null otherwise
 * @param sourceMismatch   true when {@code source} is absent or not the service that owns {@code topic} (a producer
 *                         claiming to be another); the entry is kept, flagged
 * @param headersTruncated true when an event id, type, source, subject or actor was too long (512 bytes by default)
 *                         and was cut, ending with {@code …sha256:} and the hex SHA-256 of the whole value
 * @param payloadTruncated true when the payload was too long (256 KiB by default) and only its first bytes were kept,
 *                         in {@code payload_raw}
 * @param prevHash         the previous entry's {@code hash}, 64 lowercase hex characters; all zeros for entry 1
 * @param hash             SHA-256 of {@code prev_hash} and the entry's canonical bytes, 64 lowercase hex characters
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
