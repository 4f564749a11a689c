package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.checkpoints.application.TakingCheckpoints;
import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.Checkpoints;
import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.audit.log.application.Appended;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.Breach;
import energy.mwolo.audit.log.model.Entries;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.audit.log.model.Payload;
import energy.mwolo.audit.log.model.Verification;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database superuser rewrites the log in every way the issue lists; verification names the first broken
 * sequence number each time. Each case tampers with ten entries appended in one batch (so no checkpoint sits
 * inside them), in the middle of that batch, and the chain is restored afterwards.
 */
class TamperingIT extends AbstractAuditIT {

    @Autowired
    private AppendingEvents appending;

    @Autowired
    private VerifyingChain verifying;

    @Autowired
    private AuditLog log;

    @Autowired
    private TakingCheckpoints checkpointing;

    @Autowired
    private Checkpoints checkpoints;

    private long target;

    @BeforeEach
    void tenFreshEntries() {
        Appended appended = appending.append(Seeds.events(10, "test.Tampered"));
        target = appended.head().seq() - 5;
    }

    @Autowired
    private MeterRegistry meters;

    @AfterEach
    void theRestoredChainVerifiesAgain() {
        assertThat(verifying.verify(1, null).valid()).isTrue();
        assertThat(chainValid()).as("the audit-chain gauge once the whole chain verified").isEqualTo(1.0);
    }

    @Test
    void aChangedPayloadIsReportedAtItsEntry() throws SQLException {
        Verification result = tampered(attacker -> attacker.execute(
                "update audit_event set payload = '{\"n\": 666}' where seq = ?", target));

        assertThat(result).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(target, Breach.HASH_MISMATCH);
        assertThat(chainValid()).as("the audit-chain gauge after a breach was found").isZero();
    }

    private double chainValid() {
        return meters.get("audit.chain.valid").gauge().value();
    }

    @Test
    void aDeletedEntryIsReportedMissing() throws SQLException {
        Verification result = tampered(attacker -> attacker.execute("delete from audit_event where seq = ?", target));

        assertThat(result).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(target, Breach.MISSING_ENTRY);
    }

    @Test
    void twoSwappedEntriesAreReportedAtTheFirstOfThem() throws SQLException {
        long other = target + 3;
        Verification result = tampered(attacker -> {
            attacker.execute("delete from audit_event where seq in (?, ?)", target, other);
            attacker.execute("insert into audit_event (" + Attacker.COLUMNS + ") select case seq when " + target
                    + " then " + other + " else " + target + " end" + Attacker.COLUMNS.substring("seq".length())
                    + " from saved_entries where seq in (" + target + ", " + other + ")");
        });

        assertThat(result.firstInvalidSeq()).isEqualTo(target);
    }

    @Test
    void aForgedEntryInsertedWithACorrectHashBreaksTheLinkOfTheEntryAfterIt() throws SQLException {
        AuditEntry original = log.entry(target).orElseThrow();
        AuditEntry forged = Entries.resealed(new AuditEntry(target, UUID.randomUUID().toString(), original.type(),
                original.source(), original.subject(), "forger", original.occurredAt(), original.receivedAt(),
                original.origin(), Payload.json("{\"forged\": true}"), original.prevHash(), null),
                original.prevHash());

        Verification result = tampered(attacker -> {
            attacker.execute("delete from audit_event where seq >= ?", target);
            attacker.execute("insert into audit_event (" + Attacker.COLUMNS + ") select seq + 1"
                    + Attacker.COLUMNS.substring("seq".length()) + " from saved_entries");
            insert(attacker, forged);
        });

        assertThat(result).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(target + 1, Breach.BROKEN_LINK);
    }

    @Test
    void aRewriteWithRecomputedHashesIsCaughtAtTheFirstCheckpointAfterIt() throws SQLException {
        Checkpoint signed = checkpointing.takeNow().orElseThrow();
        assertThat(signed.seq()).isGreaterThan(target);

        Verification result = tampered(attacker -> {
            Hash previous = log.entry(target - 1).orElseThrow().hash();
            for (long seq = target; seq <= log.head().seq(); seq++) {
                AuditEntry entry = log.entry(seq).orElseThrow();
                AuditEntry changed = seq == target ? Entries.withPayload(entry, "{\"n\": 0}") : entry;
                AuditEntry resealed = Entries.resealed(changed, previous);
                attacker.execute("update audit_event set payload = ?::jsonb, prev_hash = ?, hash = ? where seq = ?",
                        resealed.payload().json().orElseThrow(), resealed.prevHash().bytes(),
                        resealed.hash().bytes(), seq);
                previous = resealed.hash();
            }
        });

        long firstCheckpointAfter = checkpoints.all().stream().mapToLong(Checkpoint::seq)
                .filter(seq -> seq >= target).min().orElseThrow();
        assertThat(result).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(firstCheckpointAfter, Breach.CHECKPOINT_MISMATCH);
        assertThat(result.lastCheckpointSeq()).isLessThan(target);
    }

    /** Tampers as the superuser, verifies from 1 while still tampered, then restores the chain. */
    private Verification tampered(Tampering tampering) throws SQLException {
        try (Attacker attacker = new Attacker()) {
            attacker.saveFrom(target);
            tampering.apply(attacker);
            try {
                return verifying.verify(1, null);
            } finally {
                attacker.restore();
            }
        }
    }

    private static void insert(Attacker attacker, AuditEntry e) throws SQLException {
        attacker.execute("insert into audit_event (seq, event_id, type, source, subject, actor, occurred_at,"
                        + " received_at, kafka_topic, kafka_partition, kafka_offset, payload_valid, payload, prev_hash,"
                        + " hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?::jsonb, ?, ?)",
                e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(),
                java.sql.Timestamp.from(e.occurredAt()), java.sql.Timestamp.from(e.receivedAt()),
                e.origin().topic(), e.origin().partition(), e.origin().offset(), e.payload().json().orElseThrow(),
                e.prevHash().bytes(), e.hash().bytes());
    }

    @FunctionalInterface
    private interface Tampering {
        void apply(Attacker attacker) throws SQLException;
    }
}
