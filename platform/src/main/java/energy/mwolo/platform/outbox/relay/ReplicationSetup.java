package energy.mwolo.platform.outbox.relay;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creates the outbox's publication (inserts only) and logical replication slot before the service accepts writes,
 * so that no event written before the relay's first start is missed: the slot keeps every later change.
 */
public class ReplicationSetup {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final JdbcClient jdbc;
    private final String publication;
    private final String slot;

    public ReplicationSetup(JdbcClient jdbc, String publication, String slot) {
        if (!IDENTIFIER.matcher(publication).matches() || !IDENTIFIER.matcher(slot).matches()) {
            throw new IllegalArgumentException("Publication and slot names must be lower-case identifiers");
        }
        this.jdbc = jdbc;
        this.publication = publication;
        this.slot = slot;
    }

    public void ensurePublicationAndSlot() {
        boolean hasPublication = jdbc.sql("SELECT count(*) FROM pg_publication WHERE pubname = ?")
                .param(publication).query(Long.class).single() > 0;
        if (!hasPublication) {
            jdbc.sql("CREATE PUBLICATION " + publication + " FOR TABLE outbox WITH (publish = 'insert')").update();
        }
        boolean hasSlot = jdbc.sql("SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?")
                .param(slot).query(Long.class).single() > 0;
        if (!hasSlot) {
            jdbc.sql("SELECT 1 FROM pg_create_logical_replication_slot(?, 'pgoutput')").param(slot)
                    .query(Integer.class).single();
        }
    }

    /** How many bytes of WAL the slot still holds back: the relay's lag, as PostgreSQL sees it. */
    public long retainedWalBytes() {
        Long bytes = jdbc.sql("""
                SELECT COALESCE(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn), 0)::bigint
                FROM pg_replication_slots WHERE slot_name = ?""").param(slot).query(Long.class).optional().orElse(0L);
        return bytes;
    }
}
