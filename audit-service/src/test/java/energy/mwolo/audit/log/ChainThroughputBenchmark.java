package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.audit.log.application.ChainAnchors;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.audit.log.model.Anchor;
import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.CanonicalForm;
import energy.mwolo.audit.log.model.ChainWalk;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Verification;
import energy.mwolo.audit.log.persistence.ResultSetEntries;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.platformtest.Benchmark;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bounded benchmark, same run, same rows: appending with the hash chain vs a plain batched insert of the same rows
 * into a table of the same shape without hashes (interleaved batch by batch); verifying vs SHA-256 alone over the
 * same canonical bytes held in memory, with beside it the same verification reading the rows through a result set
 * (the read path before COPY, alternated with it round by round, best of five), reading the rows alone and
 * PostgreSQL sending them alone (COPY, dropped on arrival; best of three). Prints
 * {@code BENCHMARK audit.append} and {@code BENCHMARK audit.verify}; fails only far below the append aim (0.5),
 * since build machines are shared and noisy.
 */
class ChainThroughputBenchmark extends AbstractAuditIT {

    private static final int ROWS = 50_000;
    private static final int BATCH = 500;
    private static final int VERIFY_ROUNDS = 5;
    private static final String PLAIN_INSERT = """
            insert into bench_plain_event (seq, event_id, type, source, subject, actor, occurred_at, received_at,
                kafka_topic, kafka_partition, kafka_offset, payload_valid, payload, payload_raw)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?::jsonb, null)""";

    @Autowired
    private AppendingEvents appending;

    @Autowired
    private VerifyingChain verifying;

    @Autowired
    private AuditLog log;

    @Autowired
    private ChainAnchors anchors;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeEach
    void aPlainTableOfTheSameShapeWithoutHashes() throws SQLException {
        owner("""
                create table bench_plain_event (like audit_event including defaults including generated
                    including constraints including indexes);
                alter table bench_plain_event drop column prev_hash, drop column hash;
                grant select, insert on bench_plain_event to mwolo_audit_app""");
    }

    @AfterEach
    void dropIt() throws SQLException {
        owner("drop table bench_plain_event");
    }

    @Test
    void chainedAppendAndVerificationKeepUpWithPlainInsertAndRawHashing() {
        List<List<IncomingEvent>> warmUp = batches(2);
        List<List<IncomingEvent>> batches = batches(ROWS / BATCH);
        AtomicLong plainSeq = new AtomicLong();
        long warmUpFirst = log.head().seq() + 1;
        warmUp.forEach(appending::append);
        warmUp.forEach(batch -> plainInsert(batch, plainSeq));
        verifying.verify(warmUpFirst, warmUpFirst + 2L * BATCH - 1);
        verifyFromResultSet(warmUpFirst, warmUpFirst + 2L * BATCH - 1);

        long first = log.head().seq() + 1;
        long chainedNanos = 0;
        long plainNanos = 0;
        // Interleaved batch by batch, so both sides meet the same background load of a shared machine.
        for (List<IncomingEvent> batch : batches) {
            long start = System.nanoTime();
            appending.append(batch);
            long middle = System.nanoTime();
            plainInsert(batch, plainSeq);
            chainedNanos += middle - start;
            plainNanos += System.nanoTime() - middle;
        }
        double chained = ROWS / (chainedNanos / 1e9);
        double plain = ROWS / (plainNanos / 1e9);
        long last = first + ROWS - 1;

        // The service's read path (COPY) and the result set it used before, alternated round by round.
        Verification[] verdict = new Verification[2];
        double verified = 0;
        double verifiedFromResultSet = 0;
        for (int round = 0; round < VERIFY_ROUNDS; round++) {
            verified = Math.max(verified, rowsPerSecond(ROWS, () -> verdict[0] = verifying.verify(first, last)));
            verifiedFromResultSet = Math.max(verifiedFromResultSet,
                    rowsPerSecond(ROWS, () -> verdict[1] = verifyFromResultSet(first, last)));
        }
        List<byte[]> canonical = new ArrayList<>(ROWS);
        List<Hash> previous = new ArrayList<>(ROWS);
        canonicalBytes(first, last, canonical, previous);
        double read = bestOfThree(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> log.walk(first, last, entry -> true)));
        double served = bestOfThree(() -> copyAndDrop(first, last));
        double hashed = bestOfThree(() -> {
            for (int i = 0; i < canonical.size(); i++) {
                CanonicalForm.hash(previous.get(i), canonical.get(i));
            }
        });

        Map<String, Number> append = new LinkedHashMap<>();
        append.put("chained_rows_per_s", chained);
        append.put("plain_rows_per_s", plain);
        append.put("rows", ROWS);
        append.put("batch", BATCH);
        Benchmark.report("audit.append", append, Benchmark.Ratio.of("chained", chained, "plain", plain));
        Map<String, Number> verify = new LinkedHashMap<>();
        verify.put("verify_rows_per_s", verified);
        verify.put("sha256_rows_per_s", hashed);
        verify.put("read_rows_per_s", read);
        verify.put("server_rows_per_s", served);
        verify.put("resultset_verify_rows_per_s", verifiedFromResultSet);
        verify.put("resultset_ratio", verifiedFromResultSet / hashed);
        verify.put("rows", ROWS);
        Benchmark.report("audit.verify", verify, Benchmark.Ratio.of("verify", verified, "sha256", hashed));
        assertThat(verdict[0].valid()).isTrue();
        assertThat(verdict[0].checked()).isEqualTo(ROWS);
        assertThat(verdict[1]).isEqualTo(verdict[0]);
        assertThat(canonical).hasSize(ROWS);
        assertThat(chained / plain).as("append ratio (aim 0.5)").isGreaterThan(0.25);
    }

    /** The bytes the raw SHA-256 pass hashes: each entry's canonical form and the hash it links to. */
    private void canonicalBytes(long first, long last, List<byte[]> canonical, List<Hash> previous) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> log.walk(first, last, entry -> {
            canonical.add(CanonicalForm.bytes(entry));
            previous.add(entry.prevHash());
            return true;
        }));
    }

    /** What VerifyingChain does, reading the rows through a result set as it did before it read them with COPY. */
    private Verification verifyFromResultSet(long first, long last) {
        List<Anchor> inRange = anchors.all().stream().filter(a -> a.seq() <= last).toList();
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot.execute(status -> {
            Hash linkIn = log.entry(first - 1).map(AuditEntry::hash).orElse(null);
            ChainWalk walk = ChainWalk.from(first, linkIn, inRange);
            ResultSetEntries.walk(jdbc, first, last, walk::accept);
            return walk.finish();
        });
    }

    /** PostgreSQL sending the columns verification reads, dropped on arrival: what bounds reading the rows. */
    private void copyAndDrop(long first, long last) {
        String copy = "COPY (SELECT seq, event_id, type, source, subject, actor, occurred_at, received_at, kafka_topic,"
                + " kafka_partition, kafka_offset, payload_valid, payload::text, payload_raw, prev_hash, hash"
                + " FROM audit_event WHERE seq >= " + first + " AND seq <= " + last + " ORDER BY seq)"
                + " TO STDOUT (FORMAT binary)";
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.execute(
                (ConnectionCallback<Void>) connection -> {
                    try (PGCopyInputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
    }

    private void plainInsert(List<IncomingEvent> batch, AtomicLong seq) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.batchUpdate(PLAIN_INSERT, batch,
                batch.size(), (insert, e) -> {
                    insert.setLong(1, seq.incrementAndGet());
                    insert.setString(2, e.eventId());
                    insert.setString(3, e.type());
                    insert.setString(4, e.source());
                    insert.setString(5, e.subject());
                    insert.setString(6, e.actor());
                    insert.setTimestamp(7, Timestamp.from(e.occurredAt()));
                    insert.setTimestamp(8, Timestamp.from(e.receivedAt()));
                    insert.setString(9, e.origin().topic());
                    insert.setInt(10, e.origin().partition());
                    insert.setLong(11, e.origin().offset());
                    insert.setString(12, new String(e.value(), StandardCharsets.UTF_8));
                }));
    }

    private static List<List<IncomingEvent>> batches(int count) {
        List<List<IncomingEvent>> batches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batches.add(Seeds.events(BATCH, "test.Benchmark"));
        }
        return batches;
    }

    /** Reads are repeatable: the best of three runs, to see through a shared machine's noise. */
    private static double bestOfThree(Runnable work) {
        return Math.max(rowsPerSecond(ROWS, work), Math.max(rowsPerSecond(ROWS, work), rowsPerSecond(ROWS, work)));
    }

    private static double rowsPerSecond(int rows, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static void owner(String sql) throws SQLException {
        var owner = SharedPostgres.start().ensureServiceDatabase("audit");
        try (Connection connection = java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.username(),
                owner.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
