package energy.mwolo.audit.log.persistence;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.EventKey;
import energy.mwolo.audit.log.model.Hash;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
class JdbcAuditLog implements AuditLog {

    /** The writer's transaction-scoped advisory lock: one appender (and checkpointer) at a time, across instances. */
    static final long WRITER_LOCK = 0x6d776f6c6f417564L; // "mwoloAud"
    /** The checkpoint signer's lock: one signer at a time, without stopping the writer. */
    static final long SIGNER_LOCK = 0x6d776f6c6f536967L; // "mwoloSig"

    private static final String INSERT = """
            insert into audit_event (seq, event_id, type, source, subject, actor, occurred_at, received_at,
                kafka_topic, kafka_partition, kafka_offset, payload_valid, payload, payload_raw, prev_hash, hash,
                canonical_version, headers_truncated, payload_truncated)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    JdbcAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChainHead lockHead() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The writer's lock is held for a transaction: start one first");
        }
        jdbc.queryForList("select pg_advisory_xact_lock(?)", WRITER_LOCK);
        return head();
    }

    @Override
    public ChainHead lockHeadForSigning() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The signer's lock is held for a transaction: start one first");
        }
        jdbc.queryForList("select pg_advisory_xact_lock(?)", SIGNER_LOCK);
        return head();
    }

    @Override
    public ChainHead head() {
        return jdbc.query("select seq, hash from audit_event order by seq desc limit 1",
                        (rs, row) -> new ChainHead(rs.getLong(1), Hash.of(rs.getBytes(2))))
                .stream().findFirst().orElse(ChainHead.EMPTY);
    }

    /** The unique index's own expression of the topic's owner, so both agree on what an owner is. */
    @Override
    public Set<EventKey> knownKeys(Collection<EventKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Object[] ids = keys.stream().map(EventKey::eventId).distinct().toArray();
        Set<EventKey> stored = new HashSet<>(jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(
                    "select event_id, source, split_part(kafka_topic, '.', 1) from audit_event"
                            + " where event_id = any (?)");
            query.setArray(1, connection.createArrayOf("text", ids));
            return query;
        }, (rs, row) -> new EventKey(rs.getString(1), rs.getString(2), rs.getString(3))));
        stored.retainAll(keys);
        return stored;
    }

    @Override
    public void append(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            jdbc.batchUpdate(INSERT, entries, entries.size(), JdbcAuditLog::bind);
        }
    }

    private static void bind(PreparedStatement insert, AuditEntry e) throws SQLException {
        insert.setLong(1, e.seq());
        insert.setString(2, e.eventId());
        insert.setString(3, e.type());
        insert.setString(4, e.source());
        insert.setString(5, e.subject());
        insert.setString(6, e.actor());
        insert.setTimestamp(7, timestamp(e.occurredAt()));
        insert.setTimestamp(8, timestamp(e.receivedAt()));
        insert.setString(9, e.origin().topic());
        insert.setInt(10, e.origin().partition());
        insert.setLong(11, e.origin().offset());
        insert.setBoolean(12, e.payload().valid());
        insert.setString(13, e.payload().json().orElse(null));
        byte[] raw = e.payload().raw().orElse(null);
        if (raw == null) {
            insert.setNull(14, Types.BINARY);
        } else {
            insert.setBytes(14, raw);
        }
        insert.setBytes(15, e.prevHash().bytes());
        insert.setBytes(16, e.hash().bytes());
        insert.setInt(17, e.format());
        insert.setBoolean(18, e.truncation().headers());
        insert.setBoolean(19, e.truncation().payload());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Optional<AuditEntry> entry(long seq) {
        return jdbc.query("select " + EntryRows.COLUMNS + " from audit_event where seq = ?", EntryRows::entry, seq)
                .stream().findFirst();
    }

    @Override
    public void walk(long from, Long to, Predicate<AuditEntry> visitor) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Walking the chain streams rows: it needs a transaction");
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try {
                CopiedEntries.walk(connection.unwrap(PGConnection.class), from, to, visitor);
            } catch (IOException e) {
                throw new SQLException("Reading the chain from " + from + " failed", e);
            }
            return null;
        });
    }
}
