package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.Tokens;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.platformtest.Api.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the log cannot trust it keeps and flags: a consumer cannot see which Kafka user wrote a record, only which
 * topic it came from (and the broker lets only the topic's service write there).
 */
class ValidationIT extends AbstractAuditIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VerifyingChain verifying;

    @Test
    void anEventClaimingAnotherServicesSourceIsKeptFlaggedAndFilterable() {
        StoredEvents stored = new StoredEvents(jdbc);
        String subject = UUID.randomUUID().toString();
        String forged;
        String genuine;
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            forged = events.on("crm.client.events").subject(subject).source("identity-service").send();
            genuine = events.on("crm.client.events").subject(subject).send();
            events.flush();
        }
        stored.awaitStored(List.of(forged, genuine), ARRIVAL);

        assertThat(entry(stored.seqOf(forged)).path("source_mismatch").asBoolean()).isTrue();
        assertThat(entry(stored.seqOf(genuine)).path("source_mismatch").asBoolean()).isFalse();
        assertThat(eventIds("?subject=" + subject + "&source_mismatch=true")).containsExactly(forged);
        assertThat(eventIds("?subject=" + subject + "&source_mismatch=false")).containsExactly(genuine);
        assertThat(verifying.verify(1, null).valid()).isTrue();
    }

    @Test
    void anOversizedHeaderIsCutFlaggedAndChainedInsteadOfRefused() {
        StoredEvents stored = new StoredEvents(jdbc);
        String type = "geo." + "Agence".repeat(4000);
        String id;
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            id = events.on("geo.agency.events").type(type).send();
            events.flush();
        }
        stored.awaitStored(List.of(id), ARRIVAL);

        JsonNode entry = entry(stored.seqOf(id));
        assertThat(entry.path("headers_truncated").asBoolean()).isTrue();
        assertThat(entry.path("payload_truncated").asBoolean()).isFalse();
        assertThat(entry.path("type").asString()).startsWith("geo.AgenceAgence").contains("…sha256:")
                .hasSizeLessThan(600);
        assertThat(verifying.verify(1, null).valid()).isTrue();
    }

    @Test
    void anOversizedPayloadIsKeptCutAsRawBytesAndFlagged() {
        StoredEvents stored = new StoredEvents(jdbc);
        String payload = "{\"note\": \"" + "x".repeat(10_000) + "\"}";
        String id;
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            id = events.on("geo.agency.events").value(payload).send();
            events.flush();
        }
        stored.awaitStored(List.of(id), ARRIVAL);

        JsonNode entry = entry(stored.seqOf(id));
        assertThat(entry.path("payload_truncated").asBoolean()).isTrue();
        assertThat(entry.path("payload_valid").asBoolean()).isFalse();
        byte[] kept = Base64.getDecoder().decode(entry.path("payload_raw").asString());
        assertThat(new String(kept, StandardCharsets.UTF_8)).isEqualTo(payload.substring(0, 4096));
        assertThat(verifying.verify(1, null).valid()).isTrue();
    }

    @Test
    void theSameIdFromTwoSourcesIsStoredTwiceAndTheSameSourceAndIdOnce() {
        StoredEvents stored = new StoredEvents(jdbc);
        String id = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        String after;
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            events.on("geo.agency.events").subject(subject).id(id).send();
            events.on("crm.client.events").subject(subject).id(id).send();
            events.on("geo.agency.events").subject(subject).id(id).send();
            // One key, one partition: once this one is in, the redelivery before it was read.
            after = events.on("geo.agency.events").subject(subject).send();
            events.flush();
        }
        stored.awaitStored(List.of(after), ARRIVAL);
        await().atMost(ARRIVAL).until(() -> stored.copiesOf(id) == 2);

        assertThat(jdbc.queryForList("select source from audit_event where event_id = ?", String.class, id))
                .containsExactlyInAnyOrder("geo-service", "crm-service");
    }

    @Test
    void aForgerReusingAGenuineIdNeitherHidesNorReplacesTheGenuineEvent() {
        StoredEvents stored = new StoredEvents(jdbc);
        String id = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            // crm's credentials write crm's topics only: it can claim identity's source, not identity's topic.
            events.on("crm.client.events").id(id).source("identity-service").send();
            events.flush();
            stored.awaitStored(List.of(id), ARRIVAL);
            events.on("identity.user.events").id(id).send();
            events.flush();
        }
        await().atMost(ARRIVAL).until(() -> stored.copiesOf(id) == 2);

        JsonNode shown = api.get("/api/audit/events/" + id + "/").as(Tokens.auditor()).send().json();
        assertThat(shown.path("topic").asString()).isEqualTo("identity.user.events");
        assertThat(shown.path("source_mismatch").asBoolean()).isFalse();
        assertThat(eventIds("?search=" + id + "&source_mismatch=true")).containsExactly(id);
    }

    private JsonNode entry(long seq) {
        Reply reply = api.get("/api/audit/events/" + seq + "/").as(Tokens.auditor()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private List<String> eventIds(String query) {
        Reply reply = api.get("/api/audit/events/" + query).as(Tokens.auditor()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("results").valueStream().map(e -> e.path("event_id").asString()).toList();
    }
}
