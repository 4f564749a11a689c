package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.embedded.SharedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The consumer dies in the middle of a batch: some of its entries are inserted, uncommitted, when its database
 * connection is killed and its container stopped. After a restart every event is in the log once, with no gap.
 */
class CrashRecoveryIT extends AbstractAuditIT {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VerifyingChain verifying;

    @Test
    void aConsumerKilledMidBatchLeavesNoGapAndNoDuplicateOnceRestarted() throws Exception {
        StoredEvents stored = new StoredEvents(jdbc);
        MessageListenerContainer container = listeners.getListenerContainer("audit-log");
        List<String> ids;
        try (TestEvents events = new TestEvents(bootstrapServers());
             Connection blocker = SharedPostgres.start().superuserDataSource("mwolo_audit").getConnection()) {
            String subject = UUID.randomUUID().toString();
            List<TestEvents.Event> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(events.on("geo.agency.events").subject(subject));
            }
            ids = batch.stream().map(TestEvents.Event::id).toList();
            // An uncommitted row holding the 6th event's key (id, source, topic's service): the writer's insert of
            // that key waits on it, with the entries before it already inserted in the writer's open transaction.
            blocker.setAutoCommit(false);
            try (PreparedStatement hold = blocker.prepareStatement("insert into audit_event (seq, event_id, source,"
                    + " received_at, kafka_topic, kafka_partition, kafka_offset, payload_valid, prev_hash, hash)"
                    + " values (999999999999, ?, 'geo-service', now(), 'geo.x', 0, 0, false, ?, ?)")) {
                hold.setString(1, ids.get(5));
                hold.setBytes(2, new byte[32]);
                hold.setBytes(3, new byte[32]);
                hold.executeUpdate();
            }
            batch.forEach(TestEvents.Event::send);
            events.flush();

            int writer = await().atMost(BOUND).until(() -> blockedWriter(blocker), pid -> pid > 0);
            CountDownLatch stopped = new CountDownLatch(1);
            container.stop(stopped::countDown);
            try (Statement kill = blocker.createStatement()) {
                kill.execute("select pg_terminate_backend(" + writer + ")");
            }
            assertThat(stopped.await(BOUND.toSeconds(), TimeUnit.SECONDS)).as("the container stopped").isTrue();
            blocker.rollback();
            assertThat(stored.copiesOf(ids.get(5))).as("nothing of the killed batch was committed").isZero();

            container.start();
            stored.awaitStored(ids, BOUND);
        }

        for (String id : ids) {
            assertThat(stored.copiesOf(id)).isEqualTo(1);
        }
        List<Long> countAndLast = stored.countAndLastSeq();
        assertThat(countAndLast.get(0)).as("no gap: as many entries as the last number").isEqualTo(countAndLast.get(1));
        assertThat(verifying.verify(1, null).valid()).isTrue();
    }

    /** The service's backend waiting on a lock (our uncommitted row), or 0 while there is none yet. */
    private static int blockedWriter(Connection superuser) throws Exception {
        try (Statement query = superuser.createStatement();
             var rows = query.executeQuery("select pid from pg_stat_activity where usename = 'mwolo_audit_app'"
                     + " and wait_event_type = 'Lock'")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
