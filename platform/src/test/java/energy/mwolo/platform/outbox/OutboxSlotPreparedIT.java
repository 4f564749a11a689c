package energy.mwolo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platform.outbox.relay.OutboxRelay;
import energy.mwolo.platform.probe.AbstractProbeIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A service whose outbox Kafka Connect relays (its own relay off) still has its publication and slot once started,
 * before it takes a request: the connector, started later, reads every event from then on.
 */
@TestPropertySource(properties = {"mwolo.outbox.relay.enabled=false", "mwolo.outbox.relay.prepare-slot=true",
        "mwolo.outbox.relay.slot-name=" + OutboxSlotPreparedIT.SLOT,
        "mwolo.outbox.relay.publication=" + OutboxSlotPreparedIT.SLOT})
class OutboxSlotPreparedIT extends AbstractProbeIT {

    static final String SLOT = "probe_prepared_outbox";
    private static JdbcClient database;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ApplicationContext context;

    @Test
    void withTheRelayOffThePublicationAndSlotExistOnceTheServiceHasStarted() {
        database = jdbc;

        assertThat(context.getBeanNamesForType(OutboxRelay.class)).as("no relay in this service").isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_publication where pubname = ?").param(SLOT)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select plugin from pg_replication_slots where slot_name = ?").param(SLOT)
                .query(String.class).single()).isEqualTo("pgoutput");
    }

    /** Nothing reads this slot: dropped, so that it holds no WAL back for the rest of the run. */
    @AfterAll
    static void dropTheSlot() {
        if (database != null) {
            database.sql("select pg_drop_replication_slot(?)").param(SLOT).query(Object.class).optional();
        }
    }
}
