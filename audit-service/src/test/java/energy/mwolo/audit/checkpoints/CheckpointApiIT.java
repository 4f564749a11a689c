package energy.mwolo.audit.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.Tokens;
import energy.mwolo.audit.checkpoints.application.TakingCheckpoints;
import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.Checkpoints;
import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Checkpoints are read from storage and can be checked by anyone holding the published public key. */
class CheckpointApiIT extends AbstractAuditIT {

    @Autowired
    private TakingCheckpoints checkpointing;

    @Autowired
    private AuditLog log;

    @Autowired
    private AppendingEvents appending;

    @Autowired
    private Checkpoints checkpoints;

    @Autowired
    private energy.mwolo.platform.storage.FileStorage storage;

    @Test
    void aCheckpointIsSignedByItselfOnceEnoughEventsArrived() {
        long head = appending.append(thirtyEvents()).head().seq();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> checkpoints.latest().map(Checkpoint::seq).orElse(0L) >= head);
    }

    @Test
    void theLatestCheckpointIsListedFirstAndItsSignatureVerifiesWithThePublishedKey() throws Exception {
        Checkpoint taken = checkpointing.takeNow().orElseThrow();

        JsonNode page = api.get("/api/audit/checkpoints/?page_size=1").as(Tokens.auditor()).send().json();
        JsonNode key = api.get("/api/audit/checkpoints/public-key/").as(Tokens.auditor()).send().json();

        JsonNode latest = page.path("results").get(0);
        assertThat(page.path("count").asLong()).isGreaterThanOrEqualTo(taken.number());
        assertThat(latest.path("number").asLong()).isGreaterThanOrEqualTo(taken.number());
        assertThat(latest.path("signature_valid").asBoolean()).isTrue();
        assertThat(latest.path("key_id").asString()).isEqualTo(key.path("key_id").asString());
        assertThat(latest.path("hash").asString())
                .isEqualTo(log.entry(latest.path("seq").asLong()).orElseThrow().hash().hex());
        assertThat(signatureChecksOut(latest, key.path("public_key").asString())).isTrue();
    }

    @Test
    void aDamagedCheckpointFileIsReportedAsSuchNotAsAServerError() throws Exception {
        appending.append(thirtyEvents());
        Checkpoint taken = checkpointing.takeNow().or(checkpoints::latest).orElseThrow();
        String key = "audit/checkpoints/" + String.format("%010d", taken.number()) + ".json";
        byte[] original;
        try (var in = storage.open(key).orElseThrow()) {
            original = in.readAllBytes();
        }
        storage.put(key, new java.io.ByteArrayInputStream("{\"number\": \"forged".getBytes(StandardCharsets.UTF_8)));
        try {
            var reply = api.get("/api/audit/verify/").as(Tokens.auditor()).send();

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.json().path("code").asString()).isEqualTo("audit.checkpoint_unreadable");
        } finally {
            storage.put(key, new java.io.ByteArrayInputStream(original));
        }
    }

    private static List<IncomingEvent> thirtyEvents() {
        List<IncomingEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(new IncomingEvent(UUID.randomUUID().toString(), "test.CheckpointProbe", "test-service", null,
                    "system", Instant.now(), Instant.now(), new Origin("test.checkpoint.events", 0, i),
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }
        return events;
    }

    /** What an auditor outside the company does with the README's statement format and the public key. */
    private static boolean signatureChecksOut(JsonNode checkpoint, String publicKey) throws Exception {
        String statement = "mwolo-audit-checkpoint/v1\n"
                + "number=" + checkpoint.path("number").asLong() + "\n"
                + "seq=" + checkpoint.path("seq").asLong() + "\n"
                + "hash=" + checkpoint.path("hash").asString() + "\n"
                + "count=" + checkpoint.path("count").asLong() + "\n"
                + "created_at=" + checkpoint.path("created_at").asString() + "\n"
                + "key_id=" + checkpoint.path("key_id").asString() + "\n";
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(statement.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(checkpoint.path("signature").asString()));
    }
}
