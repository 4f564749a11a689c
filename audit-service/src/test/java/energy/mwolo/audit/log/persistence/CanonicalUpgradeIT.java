package energy.mwolo.audit.log.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.ChainWalk;
import energy.mwolo.audit.log.model.Entries;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import energy.mwolo.audit.log.model.Payload;
import energy.mwolo.audit.log.model.Verification;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A log written before migration 2 (canonical form 1, event ids unique on their own) upgraded in place: its entries
 * keep verifying, get their source checked, and new entries of form 2 chain after them.
 */
class CanonicalUpgradeIT {

    @Test
    void entriesSealedBeforeTheUpgradeVerifyAfterItAndNewOnesChainOn() {
        ServiceDatabase db = SharedPostgres.start().ensureServiceDatabase("audit_upgrade");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcAuditLog log = new JdbcAuditLog(jdbc);

        migrate(db, "1");
        List<AuditEntry> old = Entries.chainOfVersion1(ChainHead.EMPTY, 1, 3);
        insertAsVersion1(jdbc, old);
        AuditEntry forgedBefore = sealedVersion1(old.get(2).asHead(), "old-forgery", "identity-service",
                new Origin("crm.client.events", 0, 9));
        insertAsVersion1(jdbc, List.of(forgedBefore));

        migrate(db, "latest");

        assertThat(walk(transaction, log).valid()).isTrue();
        assertThat(jdbc.queryForList("select canonical_version from audit_event order by seq", Integer.class))
                .containsOnly(1);
        assertThat(jdbc.queryForList("select source_mismatch from audit_event order by seq", Boolean.class))
                .containsExactly(false, false, false, true);

        IncomingEvent sameIdOtherSource = new IncomingEvent(old.get(0).eventId(), "crm.ClientRegistered",
                "crm-service", null, null, null, Entries.RECEIVED, new Origin("crm.client.events", 0, 10),
                "{}".getBytes(StandardCharsets.UTF_8));
        transaction.executeWithoutResult(status -> {
            ChainHead head = log.lockHead();
            log.append(head.link(List.of(sameIdOtherSource, Entries.event(5)),
                    List.of(Payload.json("{}"), Payload.json(Entries.json(5)))));
        });

        assertThat(walk(transaction, log)).extracting(Verification::valid, Verification::checked)
                .containsExactly(true, 6L);
        assertThat(jdbc.queryForList("select canonical_version from audit_event order by seq", Integer.class))
                .containsExactly(1, 1, 1, 1, 2, 2);
    }

    private static void migrate(ServiceDatabase db, String target) {
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", db.username()))
                .target(target)
                .load()
                .migrate();
    }

    /** As the log's version 1 wrote rows: the columns it had, nothing else. */
    private static void insertAsVersion1(JdbcTemplate jdbc, List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            jdbc.update("insert into audit_event (seq, event_id, type, source, subject, actor, occurred_at,"
                            + " received_at, kafka_topic, kafka_partition, kafka_offset, payload_valid, payload,"
                            + " payload_raw, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true,"
                            + " ?::jsonb, null, ?, ?)",
                    e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(),
                    java.sql.Timestamp.from(e.occurredAt()), java.sql.Timestamp.from(e.receivedAt()),
                    e.origin().topic(), e.origin().partition(), e.origin().offset(), e.payload().json().orElseThrow(),
                    e.prevHash().bytes(), e.hash().bytes());
        }
    }

    private static AuditEntry sealedVersion1(ChainHead previous, String id, String source, Origin origin) {
        AuditEntry unsealed = new AuditEntry(previous.seq() + 1, id, "identity.UserRegistered", source, null, null,
                Entries.OCCURRED, Entries.RECEIVED, origin, Payload.json("{}"), previous.hash(), null);
        return Entries.resealed(unsealed, previous.hash());
    }

    private static Verification walk(TransactionTemplate transaction, JdbcAuditLog log) {
        return transaction.execute(status -> {
            ChainWalk walk = ChainWalk.fromStart(List.of());
            log.walk(1, null, walk::accept);
            return walk.finish();
        });
    }
}
