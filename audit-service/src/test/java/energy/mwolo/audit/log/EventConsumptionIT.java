package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.Payload;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EventConsumptionIT extends AbstractAuditIT {

    /** The consumer refreshes topic metadata every 3 s in tests; the promise is 30 s. */
    private static final Duration NEW_TOPIC = Duration.ofSeconds(30);
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditLog log;

    @Autowired
    private VerifyingChain verifying;

    @Autowired
    private MeterRegistry meters;

    @Test
    void theSameEventDeliveredThreeTimesIsStoredOnce() {
        StoredEvents stored = new StoredEvents(jdbc);
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            String subject = UUID.randomUUID().toString();
            TestEvents.Event twice = events.on("geo.agency.events").subject(subject);
            twice.send();
            twice.send();
            twice.send();
            String after = events.on("geo.agency.events").subject(subject).send();
            events.flush();

            stored.awaitStored(List.of(twice.id(), after), ARRIVAL);

            assertThat(stored.copiesOf(twice.id())).isEqualTo(1);
            assertThat(stored.seqOf(after)).isEqualTo(stored.seqOf(twice.id()) + 1);
        }
    }

    @Test
    void eventsFromSeveralTopicsArriveIncludingATopicCreatedNowButNotDeadLetters() {
        StoredEvents stored = new StoredEvents(jdbc);
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            String deadLetter = events.on("test.thing.events.dlt").send();
            String geo = events.on("geo.agency.events").send();
            String billing = events.on("billing.invoice.events").type("billing.InvoiceIssued").send();
            String brandNew = events.on("test.thing.events").type("test.ThingHappened").send();
            events.flush();

            stored.awaitStored(List.of(geo, billing, brandNew), NEW_TOPIC);

            assertThat(stored.copiesOf(deadLetter)).isZero();
            assertThat(jdbc.queryForList("select kafka_topic from audit_event where event_id in (?, ?, ?)",
                    String.class, geo, billing, brandNew))
                    .containsExactlyInAnyOrder("geo.agency.events", "billing.invoice.events", "test.thing.events");
        }
    }

    @Test
    void aValueThatIsNotJsonIsKeptVerbatimFlaggedAndChained() {
        StoredEvents stored = new StoredEvents(jdbc);
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            String broken = events.on("geo.agency.events").value("{\"name\": \"Agence, pas finie").send();
            String nul = events.on("geo.agency.events").value("{\"name\": \"\\u0000\"}").send();
            String json = events.on("geo.agency.events").value("{ \"b\" : 2,\n \"a\" : [1, 1.50] }").send();
            events.flush();

            stored.awaitStored(List.of(broken, nul, json), ARRIVAL);

            Payload brokenPayload = log.entry(stored.seqOf(broken)).orElseThrow().payload();
            assertThat(brokenPayload.valid()).isFalse();
            assertThat(new String(brokenPayload.raw().orElseThrow(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"name\": \"Agence, pas finie");
            assertThat(log.entry(stored.seqOf(nul)).orElseThrow().payload().valid())
                    .as("JSON that jsonb cannot hold (NUL) is kept raw").isFalse();
            assertThat(log.entry(stored.seqOf(json)).orElseThrow().payload().json())
                    .contains("{\"a\": [1, 1.50], \"b\": 2}");
            assertThat(verifying.verify(1, null).valid()).isTrue();
        }
    }

    @Test
    void chainLengthAndConsumerLagAreGauges() {
        StoredEvents stored = new StoredEvents(jdbc);
        try (TestEvents events = new TestEvents(bootstrapServers())) {
            String id = events.on("geo.agency.events").send();
            events.flush();
            stored.awaitStored(List.of(id), ARRIVAL);
        }

        assertThat(meters.get("audit.chain.length").gauge().value()).isEqualTo((double) log.head().seq());
        assertThat(meters.get("audit.consumer.lag").gauge().value()).isGreaterThanOrEqualTo(0);
    }
}
