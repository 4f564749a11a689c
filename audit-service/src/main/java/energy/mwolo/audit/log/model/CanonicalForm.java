package energy.mwolo.audit.log.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The bytes an entry's hash covers (README "Canonical form"), in the version the entry names. Version 1: fourteen
 * fields in this fixed order: format version ({@code 1}), seq, event id, type, source, subject, actor, occurred at,
 * received at, topic, partition, offset, payload valid, payload. Version 2: the same fourteen (the first one
 * {@code 2}), then headers truncated and payload truncated. Each field is a 4-byte big-endian signed length followed
 * by that many bytes; an absent field is length -1 and no bytes. Text is UTF-8; numbers are decimal ASCII; instants
 * are UTC {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (always six fraction digits); booleans are {@code true}/{@code false};
 * the payload is PostgreSQL's {@code jsonb} text when valid, else the raw bytes.
 * The hash is SHA-256(previous hash (32 bytes) || canonical bytes).
 */
public final class CanonicalForm {

    /** Entries appended before the truncation flags: verified as they were sealed, forever. */
    public static final int V1 = 1;
    /** Version 1's fields, then the truncation flags. */
    public static final int V2 = 2;
    /** The version of new entries. */
    public static final int CURRENT = V2;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final DateTimeFormatter WIDE_YEARS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(CanonicalForm::sha256);

    private CanonicalForm() {
    }

    /** The canonical bytes of the entry (its hashes are not part of them). */
    public static byte[] bytes(AuditEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(entry, new Sink() {
            @Override
            public void put(byte[] bytes) {
                out.writeBytes(bytes);
            }

            @Override
            public void put(byte[] bytes, int length) {
                out.write(bytes, 0, length);
            }
        });
        return out.toByteArray();
    }

    /** SHA-256 of the entry's previous hash followed by its canonical bytes. */
    public static Hash hash(AuditEntry entry) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        digest.update(entry.prevHash().unsafeBytes());
        write(entry, new Sink() {
            @Override
            public void put(byte[] bytes) {
                digest.update(bytes);
            }

            @Override
            public void put(byte[] bytes, int length) {
                digest.update(bytes, 0, length);
            }
        });
        return Hash.of(digest.digest());
    }

    /** SHA-256 of {@code previous} || {@code canonicalBytes}: the raw cost of the hash, for comparisons. */
    public static Hash hash(Hash previous, byte[] canonicalBytes) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        digest.update(previous.unsafeBytes());
        digest.update(canonicalBytes);
        return Hash.of(digest.digest());
    }

    private static void write(AuditEntry e, Sink sink) {
        byte[] length = new byte[4];
        field(sink, length, ascii(Integer.toString(e.format())));
        field(sink, length, ascii(Long.toString(e.seq())));
        field(sink, length, utf8(e.eventId()));
        field(sink, length, utf8(e.type()));
        field(sink, length, utf8(e.source()));
        field(sink, length, utf8(e.subject()));
        field(sink, length, utf8(e.actor()));
        field(sink, length, instant(e.occurredAt()));
        field(sink, length, instant(e.receivedAt()));
        field(sink, length, utf8(e.origin().topic()));
        field(sink, length, ascii(Integer.toString(e.origin().partition())));
        field(sink, length, ascii(Long.toString(e.origin().offset())));
        field(sink, length, e.payload().valid() ? TRUE : FALSE);
        field(sink, length, e.payload().canonicalBytes());
        if (e.format() >= V2) {
            field(sink, length, e.truncation().headers() ? TRUE : FALSE);
            field(sink, length, e.truncation().payload() ? TRUE : FALSE);
        }
    }

    private static void field(Sink sink, byte[] length, byte[] value) {
        int n = value == null ? -1 : value.length;
        length[0] = (byte) (n >>> 24);
        length[1] = (byte) (n >>> 16);
        length[2] = (byte) (n >>> 8);
        length[3] = (byte) n;
        sink.put(length, 4);
        if (value != null) {
            sink.put(value);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String digits) {
        return digits.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} in UTC; years outside 0000-9999 as {@code DateTimeFormatter}'s uuuu. */
    static byte[] instant(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return ascii(WIDE_YEARS.format(instant));
        }
        byte[] out = new byte[27];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, t.getNano() / 1000, 6);
        out[26] = 'Z';
        return out;
    }

    private static void digits(byte[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private interface Sink {
        void put(byte[] bytes);

        void put(byte[] bytes, int length);
    }
}
