package energy.mwolo.audit.log.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private static final String VERSION_1_HASH = "225973281c6f8f37b3d3ce751937ed2cab469f4ffa80daa6fa6614e53a3a90c0";

    @Test
    void writesFourteenLengthPrefixedFieldsInTheDocumentedOrder() {
        AuditEntry entry = new AuditEntry(7, "e-1", "geo.AgencyOpened", "geo-service", null, "system",
                Instant.parse("2026-05-01T08:15:30.1Z"), Instant.parse("2026-05-01T08:15:31Z"),
                new Origin("geo.agency.events", 2, 41), Payload.json("{\"a\": 1}"), Hash.GENESIS, null);

        List<String> fields = fields(CanonicalForm.bytes(entry));

        assertThat(fields).containsExactly("1", "7", "e-1", "geo.AgencyOpened", "geo-service", null, "system",
                "2026-05-01T08:15:30.100000Z", "2026-05-01T08:15:31.000000Z", "geo.agency.events", "2", "41",
                "true", "{\"a\": 1}");
    }

    @Test
    void version2WritesVersion1sFieldsThenTheTruncationFlags() {
        AuditEntry entry = new AuditEntry(7, "e-1", "geo.AgencyOpened", "geo-service", null, "system",
                Instant.parse("2026-05-01T08:15:30.1Z"), Instant.parse("2026-05-01T08:15:31Z"),
                new Origin("geo.agency.events", 2, 41), Payload.invalid(new byte[] {'{'}), new Truncation(false, true),
                CanonicalForm.V2, Hash.GENESIS, null);

        List<String> fields = fields(CanonicalForm.bytes(entry));

        assertThat(fields).containsExactly("2", "7", "e-1", "geo.AgencyOpened", "geo-service", null, "system",
                "2026-05-01T08:15:30.100000Z", "2026-05-01T08:15:31.000000Z", "geo.agency.events", "2", "41",
                "false", "{", "false", "true");
    }

    @Test
    void aVersion1EntryHashesAsItWasSealedBeforeVersion2Existed() {
        AuditEntry entry = new AuditEntry(7, "e-1", "geo.AgencyOpened", "geo-service", null, "system",
                Instant.parse("2026-05-01T08:15:30.1Z"), Instant.parse("2026-05-01T08:15:31Z"),
                new Origin("geo.agency.events", 2, 41), Payload.json("{\"a\": 1}"), Hash.GENESIS, null);

        // Computed by the release that wrote version 1 only: any change to version 1's bytes breaks old chains.
        assertThat(CanonicalForm.hash(entry).hex()).isEqualTo(VERSION_1_HASH);
    }

    @Test
    void anInvalidPayloadIsHashedAsItsRawBytesAndAnAbsentOneAsAnAbsentField() {
        byte[] raw = {(byte) 0xff, 'x', 0};
        AuditEntry invalid = withPayload(Payload.invalid(raw));
        AuditEntry absent = withPayload(Payload.absent());

        assertThat(fields(CanonicalForm.bytes(invalid))).element(12).isEqualTo("false");
        assertThat(lastFieldBytes(CanonicalForm.bytes(invalid))).containsExactly(raw);
        assertThat(fields(CanonicalForm.bytes(absent))).element(13).isNull();
    }

    @Test
    void theHashIsSha256OfThePreviousHashFollowedByTheCanonicalBytes() throws Exception {
        AuditEntry entry = Entries.chain(2).get(1);

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(entry.prevHash().bytes());
        sha256.update(CanonicalForm.bytes(entry));

        assertThat(entry.hash().bytes()).containsExactly(sha256.digest());
        assertThat(CanonicalForm.hash(entry.prevHash(), CanonicalForm.bytes(entry))).isEqualTo(entry.hash());
    }

    @Test
    void movingBytesFromOneFieldToTheNextChangesTheHash() {
        AuditEntry ab = entryWith("ab", "c");
        AuditEntry a = entryWith("a", "bc");

        assertThat(CanonicalForm.hash(ab)).isNotEqualTo(CanonicalForm.hash(a));
    }

    @Test
    void instantsAlwaysHaveSixFractionDigitsInUtc() {
        assertThat(new String(CanonicalForm.instant(Instant.parse("0999-01-02T03:04:05Z")), StandardCharsets.US_ASCII))
                .isEqualTo("0999-01-02T03:04:05.000000Z");
        assertThat(new String(CanonicalForm.instant(Instant.parse("2026-12-31T23:59:59.999999Z")),
                StandardCharsets.US_ASCII)).isEqualTo("2026-12-31T23:59:59.999999Z");
    }

    private static AuditEntry entryWith(String type, String source) {
        return new AuditEntry(1, "id", type, source, null, null, null, Entries.RECEIVED,
                new Origin("t.events", 0, 0), Payload.absent(), Hash.GENESIS, null);
    }

    private static AuditEntry withPayload(Payload payload) {
        return new AuditEntry(1, "id", null, null, null, null, null, Entries.RECEIVED, new Origin("t.events", 0, 0),
                payload, Hash.GENESIS, null);
    }

    private static List<String> fields(byte[] canonical) {
        ByteBuffer buffer = ByteBuffer.wrap(canonical);
        List<String> fields = new ArrayList<>();
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            if (length < 0) {
                fields.add(null);
            } else {
                byte[] value = new byte[length];
                buffer.get(value);
                fields.add(new String(value, StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static byte[] lastFieldBytes(byte[] canonical) {
        ByteBuffer buffer = ByteBuffer.wrap(canonical);
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            last.reset();
            for (int i = 0; i < Math.max(length, 0); i++) {
                last.write(buffer.get());
            }
        }
        return last.toByteArray();
    }
}
