package energy.mwolo.audit.log.persistence;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.audit.log.model.Origin;
import energy.mwolo.audit.log.model.Truncation;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Predicate;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads a range of the chain with {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)}: PostgreSQL sends each column
 * in its binary form and this side decodes no text (timestamps, hex bytea), which left verification bound by reading
 * rows through a result set. The entries are those {@link EntryRows} makes of the same columns.
 */
final class CopiedEntries {

    private static final int COLUMNS = 19;

    private CopiedEntries() {
    }

    /**
     * Feeds the entries from {@code from} to {@code to} (inclusive; {@code null}: to the end) in sequence order, as
     * one statement (one snapshot), until the visitor answers false. The rest of the copy is then read and dropped:
     * cancelling it would abort the caller's transaction.
     */
    static void walk(PGConnection connection, long from, Long to, Predicate<AuditEntry> visitor)
            throws SQLException, IOException {
        String query = "COPY (SELECT " + EntryRows.COLUMNS + " FROM audit_event WHERE seq >= " + from
                + (to == null ? "" : " AND seq <= " + to) + " ORDER BY seq) TO STDOUT (FORMAT binary)";
        PGCopyInputStream copy = new PGCopyInputStream(connection, query);
        try {
            BinaryCopyReader rows = new BinaryCopyReader(copy);
            boolean wanted = true;
            while (wanted && rows.nextRow(COLUMNS)) {
                wanted = visitor.test(entry(rows));
            }
            rows.drain();
        } finally {
            // Cancels the copy only if an error left it unfinished.
            copy.close();
        }
    }

    private static AuditEntry entry(BinaryCopyReader row) throws IOException {
        long seq = row.int8();
        String eventId = row.text();
        String type = row.text();
        String source = row.text();
        String subject = row.text();
        String actor = row.text();
        Instant occurredAt = row.timestamptz();
        Instant receivedAt = row.timestamptz();
        String topic = row.text();
        int partition = row.int4();
        long offset = row.int8();
        boolean payloadValid = row.bool();
        String payload = row.text();
        byte[] payloadRaw = row.bytes();
        byte[] prevHash = row.bytes();
        byte[] hash = row.bytes();
        int format = row.int2();
        Truncation truncation = new Truncation(row.bool(), row.bool());
        return new AuditEntry(seq, eventId, type, source, subject, actor, occurredAt, receivedAt,
                new Origin(topic, partition, offset), EntryRows.payload(payloadValid, payload, payloadRaw),
                truncation, format, Hash.of(prevHash), Hash.of(hash));
    }
}
