package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event the database refuses (here a trigger the test installs as the superuser refuses it: oversized headers,
 * the former culprit, are now cut to fit) does not stop the log: it is retried, then published to the dead-letter
 * topic with the error, counted, and the events after it are appended.
 */
class UnstorableEventIT extends AbstractAuditIT {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String REFUSED_TYPE = "geo.Refused" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VerifyingChain verifying;

    @Autowired
    private MeterRegistry meters;

    @Test
    void anEventThatCannotBeStoredEndsOnTheDeadLetterTopicAndTheEventsAfterItAreAppended() throws SQLException {
        StoredEvents stored = new StoredEvents(jdbc);
        double deadBefore = deadLettered();
        String subject = UUID.randomUUID().toString();
        String before;
        String unstorable;
        String after;
        try (TestEvents events = new TestEvents(bootstrapServers());
             Connection superuser = SharedPostgres.start().superuserDataSource("mwolo_audit").getConnection()) {
            refuse(superuser, REFUSED_TYPE);
            try {
                before = events.on("geo.agency.events").subject(subject).send();
                unstorable = events.on("geo.agency.events").subject(subject).type(REFUSED_TYPE).send();
                after = events.on("geo.agency.events").subject(subject).send();
                events.flush();

                stored.awaitStored(List.of(before, after), BOUND);
            } finally {
                execute(superuser, "drop trigger audit_event_test_refusal on audit_event");
            }
        }

        assertThat(stored.copiesOf(unstorable)).isZero();
        assertThat(stored.seqOf(after)).as("no gap where the event was left out").isEqualTo(stored.seqOf(before) + 1);
        try (KafkaEvents deadLetters = KafkaEvents.on(bootstrapServers(), "geo.agency.events.dlt")) {
            ReceivedEvent dead = deadLetters.awaitAtLeast(1, e -> unstorable.equals(e.header("ce_id")), BOUND)
                    .stream().filter(e -> unstorable.equals(e.header("ce_id"))).findFirst().orElseThrow();
            assertThat(dead.header("kafka_dlt-exception-message")).contains(unstorable, "cannot be appended");
            assertThat(dead.header("kafka_dlt-exception-stacktrace")).contains("refused for the test");
            assertThat(dead.header("kafka_dlt-original-topic")).isEqualTo("geo.agency.events");
        }
        assertThat(deadLettered()).isEqualTo(deadBefore + 1);
        assertThat(verifying.verify(1, null).valid()).isTrue();
    }

    private double deadLettered() {
        var counter = meters.find("mwolo.events.dead.lettered").tag("consumer", "audit-log")
                .tag("topic", "geo.agency.events").counter();
        return counter == null ? 0 : counter.count();
    }

    private static void refuse(Connection superuser, String type) throws SQLException {
        execute(superuser, """
                create or replace function audit_event_test_refusal() returns trigger language plpgsql as $$
                begin
                    if new.type = '%s' then
                        raise exception 'refused for the test: %%', new.event_id;
                    end if;
                    return new;
                end $$""".formatted(type));
        execute(superuser, "create trigger audit_event_test_refusal before insert on audit_event"
                + " for each row execute function audit_event_test_refusal()");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
