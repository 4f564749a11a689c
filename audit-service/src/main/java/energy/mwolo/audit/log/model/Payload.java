package energy.mwolo.audit.log.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An event's value as the log keeps it. Valid JSON is kept as PostgreSQL's {@code jsonb} renders it (the same
 * JSON value; whitespace and key order are PostgreSQL's). Anything else is kept byte for byte and flagged, never
 * dropped. A record without a value (a tombstone) has neither.
 */
public final class Payload {

    private static final Payload ABSENT = new Payload(null, null);

    private final String json;
    private final byte[] raw;

    private Payload(String json, byte[] raw) {
        this.json = json;
        this.raw = raw;
    }

    /** Valid JSON, in PostgreSQL's rendering of {@code jsonb}. */
    public static Payload json(String jsonbText) {
        if (jsonbText == null) {
            throw new IllegalArgumentException("A JSON payload has a text");
        }
        return new Payload(jsonbText, null);
    }

    /** A value that is not JSON PostgreSQL accepts (or not UTF-8): kept verbatim. */
    public static Payload invalid(byte[] raw) {
        if (raw == null) {
            throw new IllegalArgumentException("An invalid payload keeps its bytes");
        }
        return new Payload(null, raw.clone());
    }

    public static Payload absent() {
        return ABSENT;
    }

    public boolean valid() {
        return json != null;
    }

    public Optional<String> json() {
        return Optional.ofNullable(json);
    }

    public Optional<byte[]> raw() {
        return Optional.ofNullable(raw).map(byte[]::clone);
    }

    /** What the hash covers: the JSON text in UTF-8, else the raw bytes, else nothing ({@code null}). */
    byte[] canonicalBytes() {
        if (json != null) {
            return json.getBytes(StandardCharsets.UTF_8);
        }
        return raw;
    }
}
