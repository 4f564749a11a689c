package energy.mwolo.audit.log.persistence;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.audit.log.model.Origin;
import energy.mwolo.audit.log.model.Payload;
import energy.mwolo.audit.log.model.Truncation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The columns of {@code audit_event} as an {@link AuditEntry}. */
final class EntryRows {

    static final String COLUMNS = "seq, event_id, type, source, subject, actor, occurred_at, received_at, "
            + "kafka_topic, kafka_partition, kafka_offset, payload_valid, payload::text as payload, payload_raw, "
            + "prev_hash, hash, canonical_version, headers_truncated, payload_truncated";

    private EntryRows() {
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), instant(rs, 7), instant(rs, 8),
                new Origin(rs.getString(9), rs.getInt(10), rs.getLong(11)),
                payload(rs.getBoolean(12), rs.getString(13), rs.getBytes(14)),
                new Truncation(rs.getBoolean(18), rs.getBoolean(19)), rs.getInt(17),
                Hash.of(rs.getBytes(15)), Hash.of(rs.getBytes(16)));
    }

    static Payload payload(boolean valid, String json, byte[] raw) {
        if (valid) {
            return Payload.json(json);
        }
        return raw == null ? Payload.absent() : Payload.invalid(raw);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
