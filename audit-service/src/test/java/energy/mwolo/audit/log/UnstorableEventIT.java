package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event PostgreSQL cannot store (a type header far beyond what its index takes) no longer stops the log: it is
 * retried, then published to the dead-letter topic with the error, counted, and the events after it are appended.
 */
class UnstorableEventIT extends AbstractAuditIT {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private VerifyingChain verifying;

    @Autowired
    private MeterRegistry meters;

    @Test
    void anEventThatCannotBeStoredEndsOnTheDeadLetterTopicAndTheEventsAfterItAreAppended() {
        StoredEvents stored = new StoredEvents(jdbc);
        double deadBefore = deadLettered();
        String subject = UUID.randomUUID().toString();
        String before;
        String unstorable;
        String after;
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            before = events.on("geo.agency.events").subject(subject).send();
            // Random text does not compress: its index entry exceeds what a btree page can hold.
            unstorable = events.on("geo.agency.events").subject(subject).type("geo." + randomText(20_000)).send();
            after = events.on("geo.agency.events").subject(subject).send();
            events.flush();
        }

        stored.awaitStored(List.of(before, after), BOUND);

        assertThat(stored.copiesOf(unstorable)).isZero();
        assertThat(stored.seqOf(after)).as("no gap where the event was left out").isEqualTo(stored.seqOf(before) + 1);
        try (KafkaEvents deadLetters = KafkaEvents.on(bootstrapServers(), "geo.agency.events.dlt")) {
            ReceivedEvent dead = deadLetters.awaitAtLeast(1, e -> unstorable.equals(e.header("ce_id")), BOUND)
                    .stream().filter(e -> unstorable.equals(e.header("ce_id"))).findFirst().orElseThrow();
            assertThat(dead.header("kafka_dlt-exception-message")).contains(unstorable, "cannot be appended");
            assertThat(dead.header("kafka_dlt-exception-stacktrace")).contains("index row requires");
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

    private static String randomText(int length) {
        byte[] bytes = new byte[length / 2];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
