package energy.mwolo.audit.log;

import energy.mwolo.embedded.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database superuser tampering with the log: triggers off ({@code session_replication_role = replica}), and the
 * service's writer and signer locks held so nothing is appended or signed while a case runs. {@link #saveFrom} and
 * {@link #restore} put the chain back as it was afterwards. Close it.
 */
final class Attacker implements AutoCloseable {

    /** The service's writer and signer locks (JdbcAuditLog.WRITER_LOCK, SIGNER_LOCK). */
    private static final long WRITER_LOCK = 0x6d776f6c6f417564L;
    private static final long SIGNER_LOCK = 0x6d776f6c6f536967L;

    /** Every stored column (source_mismatch is computed by PostgreSQL: nobody writes it). */
    static final String COLUMNS = "seq, event_id, type, source, subject, actor, occurred_at, received_at, kafka_topic,"
            + " kafka_partition, kafka_offset, payload_valid, payload, payload_raw, prev_hash, hash, canonical_version,"
            + " headers_truncated, payload_truncated";

    private final Connection connection;
    private long savedFrom;

    Attacker() throws SQLException {
        connection = SharedPostgres.start().superuserDataSource("mwolo_audit").getConnection();
        execute("select pg_advisory_lock(" + WRITER_LOCK + "), pg_advisory_lock(" + SIGNER_LOCK + ")");
        execute("set session_replication_role = replica");
    }

    /** Keeps a copy of every entry from {@code seq} on. */
    void saveFrom(long seq) throws SQLException {
        savedFrom = seq;
        execute("drop table if exists saved_entries");
        execute("create temporary table saved_entries as select " + COLUMNS + " from audit_event where seq >= " + seq);
    }

    /** Puts back the entries saved, as they were. */
    void restore() throws SQLException {
        execute("delete from audit_event where seq >= " + savedFrom);
        execute("insert into audit_event (" + COLUMNS + ") select " + COLUMNS + " from saved_entries");
    }

    void execute(String sql, Object... args) throws SQLException {
        if (args.length == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            execute("select pg_advisory_unlock(" + SIGNER_LOCK + "), pg_advisory_unlock(" + WRITER_LOCK + ")");
        } finally {
            connection.close();
        }
    }
}
