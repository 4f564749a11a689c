package energy.mwolo.audit.log.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The largest header and payload the log keeps, so that no event is refused by the database for its size (an
 * index entry holds about 2.7 kB) and no producer can fill the log with one record. A header longer than
 * {@code headerBytes} (UTF-8) keeps its first bytes, cut on a character boundary, then {@code …sha256:} and the hex
 * SHA-256 of the whole value: two long values stay apart (event ids remain unique) and whoever holds the original can
 * match it. A payload longer than {@code payloadBytes} keeps its first bytes, as raw bytes (a cut JSON is no JSON).
 * Either is flagged ({@link Truncation}), never refused.
 *
 * @param headerBytes  the longest event id, type, source, subject or actor kept whole (64 to {@value #MAX_HEADER_BYTES})
 * @param payloadBytes the longest payload kept whole (at least 1024)
 */
public record EventLimits(int headerBytes, int payloadBytes) {

    /** Event id and source share one unique index entry: with the marker, two headers stay well under its limit. */
    public static final int MAX_HEADER_BYTES = 1024;
    static final String MARKER = "…sha256:";

    public EventLimits {
        if (headerBytes < 64 || headerBytes > MAX_HEADER_BYTES) {
            throw new IllegalArgumentException("The header limit lies between 64 and " + MAX_HEADER_BYTES
                    + " bytes, not " + headerBytes);
        }
        if (payloadBytes < 1024) {
            throw new IllegalArgumentException("The payload limit is at least 1024 bytes, not " + payloadBytes);
        }
    }

    /** The event as the log keeps it: the same one when it fits. */
    public IncomingEvent fit(IncomingEvent event) {
        String id = header(event.eventId());
        String type = header(event.type());
        String source = header(event.source());
        String subject = header(event.subject());
        String actor = header(event.actor());
        boolean headers = !(id.equals(event.eventId()) && same(type, event.type()) && same(source, event.source())
                && same(subject, event.subject()) && same(actor, event.actor()));
        byte[] value = event.value();
        boolean payload = value != null && value.length > payloadBytes;
        if (!headers && !payload) {
            return event;
        }
        Truncation truncation = new Truncation(headers || event.truncation().headers(),
                payload || event.truncation().payload());
        return new IncomingEvent(id, type, source, subject, actor, event.occurredAt(), event.receivedAt(),
                event.origin(), payload ? Arrays.copyOf(value, payloadBytes) : value, truncation);
    }

    private String header(String value) {
        if (value == null) {
            return null;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= headerBytes) {
            return value;
        }
        int end = headerBytes;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--; // a UTF-8 continuation byte: the character starts before
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8) + MARKER + HexFormat.of().formatHex(sha256(utf8));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
