package energy.mwolo.audit.log.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EventLimitsTest {

    private final EventLimits limits = new EventLimits(64, 1024);

    @Test
    void anEventWithinTheLimitsIsKeptAsItIs() {
        IncomingEvent event = Entries.event(1);

        assertThat(limits.fit(event)).isSameAs(event);
    }

    @Test
    void aLongHeaderKeepsItsStartAndTheHashOfTheWholeValueAndIsFlagged() throws Exception {
        String type = "geo." + "x".repeat(500);
        IncomingEvent event = withHeaders("id-1", type, "geo-service");

        IncomingEvent fitted = limits.fit(event);

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(type.getBytes(StandardCharsets.UTF_8)));
        assertThat(fitted.type()).isEqualTo(type.substring(0, 64) + "…sha256:" + hash);
        assertThat(fitted.eventId()).isEqualTo("id-1");
        assertThat(fitted.truncation()).isEqualTo(new Truncation(true, false));
    }

    @Test
    void aHeaderIsCutBetweenCharactersNeverInsideOne() {
        String subject = "a" + "é".repeat(100); // 1 + 200 bytes: byte 64 is the second half of an é

        String cut = limits.fit(withHeaders("id-1", "t", "s", subject)).subject();

        String kept = cut.substring(0, cut.indexOf("…sha256:"));
        assertThat(kept).isEqualTo("a" + "é".repeat(31));
        assertThat(kept.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void twoLongIdsWithTheSameStartStayApart() {
        String start = "x".repeat(100);

        String first = limits.fit(withHeaders(start + "1", "t", "s")).eventId();
        String second = limits.fit(withHeaders(start + "2", "t", "s")).eventId();

        assertThat(first).isNotEqualTo(second).startsWith("x".repeat(64) + "…sha256:");
    }

    @Test
    void aLongPayloadKeepsItsFirstBytesAndIsFlagged() {
        byte[] value = new byte[5000];
        Arrays.fill(value, (byte) '7');
        IncomingEvent event = new IncomingEvent("id", "t", "s", null, null, null, Entries.RECEIVED,
                new Origin("t.events", 0, 0), value);

        IncomingEvent fitted = limits.fit(event);

        assertThat(fitted.value()).hasSize(1024).containsOnly((byte) '7');
        assertThat(fitted.truncation()).isEqualTo(new Truncation(false, true));
    }

    @Test
    void limitsOutsideWhatTheDatabaseHoldsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EventLimits(2048, 4096));
        assertThatIllegalArgumentException().isThrownBy(() -> new EventLimits(512, 10));
    }

    @Test
    void aSourceThatIsNotTheTopicsOwnerIsAMismatch() {
        AuditEntry genuine = entry("crm.client.events", "crm-service");
        AuditEntry forged = entry("crm.client.events", "identity-service");
        AuditEntry unsigned = entry("crm.client.events", null);

        assertThat(genuine.sourceMismatch()).isFalse();
        assertThat(forged.sourceMismatch()).isTrue();
        assertThat(unsigned.sourceMismatch()).isTrue();
    }

    private static AuditEntry entry(String topic, String source) {
        return new AuditEntry(1, "id", "t", source, null, null, null, Entries.RECEIVED, new Origin(topic, 0, 0),
                Payload.absent(), Hash.GENESIS, null);
    }

    private static IncomingEvent withHeaders(String id, String type, String source) {
        return withHeaders(id, type, source, null);
    }

    private static IncomingEvent withHeaders(String id, String type, String source, String subject) {
        return new IncomingEvent(id, type, source, subject, "system", null, Entries.RECEIVED,
                new Origin("geo.agency.events", 0, 0), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
