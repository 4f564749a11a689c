package energy.mwolo.operations.readings;

import static energy.mwolo.operations.readings.MeterReadingsPublisher.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.contracts.Topics;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.IngestingReadings;
import energy.mwolo.operations.readings.application.IngestionResult;
import energy.mwolo.operations.readings.messaging.ParkedReadingsReplay;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Readings published on iot.meter-readings, as a head-end does, end up stored with their flags. */
class MeterReadingsIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private ParkedReadingsReplay replay;

    @Autowired
    private IngestingReadings ingesting;

    @Autowired
    private MeterRegistry meters;

    @Test
    void readingsAreStoredOnceWithTheirFlagsAndMoveTheMetersLastReadingAndAreCounted() {
        double storedBefore = ingested("stored");
        long pollsBefore = meters.get("operations.readings.batch").summary().count();
        Customer customer = customer();
        UUID meter = meter(customer.site());
        assertThat(link(meter, customer.contract(), "100.000").status()).isEqualTo(200);
        String number = number(meter);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            var first = reading(number, now.minus(Duration.ofHours(30)), "110.000");
            headEnd.publish(first);
            headEnd.publish(reading(number, now.minus(Duration.ofHours(6)), "120.000"));
            headEnd.publish(first);
            headEnd.publish(reading(number, now.minus(Duration.ofHours(6)), "999.000"));
            headEnd.publish(reading(number, now.minus(Duration.ofHours(3)), "115.000"));
            headEnd.publish(reading(number, now.plus(Duration.ofDays(2)), "121.000"));
            await().atMost(WAIT).until(() -> flagsOf(meter).size() == 4);
            // Received after a later one was stored: late, and between its neighbours.
            headEnd.publish(reading(number, now.minus(Duration.ofHours(12)), "114.000"));
        }

        await().atMost(WAIT).until(() -> flagsOf(meter).size() == 5);
        assertThat(flagsOf(meter)).containsExactly(
                Map.entry(now.minus(Duration.ofHours(30)), ""),
                Map.entry(now.minus(Duration.ofHours(12)), "late"),
                Map.entry(now.minus(Duration.ofHours(6)), ""),
                Map.entry(now.minus(Duration.ofHours(3)), "negative_consumption"),
                Map.entry(now.plus(Duration.ofDays(2)), "future_dated"));
        Api.Reply shown = api.get("/api/operations/meters/" + meter + "/").as(Tokens.operations()).send();
        assertThat(shown.json().path("last_reading_kwh").asString()).isEqualTo("120.000");
        assertThat(Instant.parse(shown.json().path("last_reading_at").asString()))
                .isEqualTo(now.minus(Duration.ofHours(6)));
        assertThat(Instant.parse(shown.json().path("last_seen_at").asString())).isAfter(now.minusSeconds(5));
        assertThat(ingested("stored") - storedBefore).isGreaterThanOrEqualTo(5.0);
        assertThat(meters.get("operations.readings.batch").summary().count()).isGreaterThan(pollsBefore);
    }

    private double ingested(String outcome) {
        return meters.get("operations.readings.ingested").tag("outcome", outcome).counter().count();
    }

    @Test
    void thePollsUnusableReadingsOfAMeterAreAnnouncedAsOneSummary() {
        Customer customer = customer();
        UUID meter = meter(customer.site());
        String number = number(meter);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ingesting.ingest(List.of(incoming(number, now.minus(Duration.ofHours(4)), "500.000")), "device");

        ingesting.ingest(List.of(
                incoming(number, now.minus(Duration.ofHours(3)), "490.000"),
                incoming(number, now.minus(Duration.ofHours(2)), "480.000"),
                incoming(number, now.minus(Duration.ofHours(1)), "505.000"),
                incoming(number, now.plus(Duration.ofDays(3)), "510.000")), "device");

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.OPERATIONS_METER_EVENTS)) {
            List<ReceivedEvent> summaries = events.awaitAtLeast(1, e -> meter.toString().equals(e.key())
                    && "operations.ReadingsRejected".equals(e.header("ce_type")), WAIT);
            assertThat(events.readAll(Duration.ofSeconds(2))).filteredOn(e -> meter.toString().equals(e.key()))
                    .filteredOn(e -> "operations.ReadingsRejected".equals(e.header("ce_type"))).hasSize(1);
            JsonNode summary = JsonMapper.builder().build().readTree(summaries.get(0).value());
            assertThat(summary.path("rejected").asInt()).isEqualTo(3);
            assertThat(summary.path("negative_consumption").asInt()).isEqualTo(2);
            assertThat(summary.path("future_dated").asInt()).isEqualTo(1);
            assertThat(Instant.parse(summary.path("first_read_at").asString()))
                    .isEqualTo(now.minus(Duration.ofHours(3)));
            assertThat(Instant.parse(summary.path("last_read_at").asString())).isEqualTo(now.plus(Duration.ofDays(3)));
            assertThat(summary.path("meter_number").asString()).isEqualTo(number);
        }
    }

    @Test
    void aPollDeliveredAgainStoresNothingTwiceAndThePartThatIsNewIsStillStored() {
        Customer customer = customer();
        UUID meter = meter(customer.site());
        String number = number(meter);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IncomingReading tampered = new IncomingReading(UUID.randomUUID(), number, now.minus(Duration.ofHours(4)),
                new BigDecimal("600.000"), null, null, null, "connected", List.of("tamper", "last_gasp"), "{}");
        List<IncomingReading> poll = List.of(
                incoming(number, now.minus(Duration.ofHours(5)), "610.000"),
                tampered,
                incoming(number, now.plus(Duration.ofDays(3)), "620.000"));

        IngestionResult first = ingesting.ingest(poll, "device");
        // The unusable readings (negative consumption, future dated) are no neighbours for validation: only the
        // stored keys stop them a second time.
        IngestionResult again = ingesting.ingest(poll, "device");
        IngestionResult grown = ingesting.ingest(List.of(poll.get(1), poll.get(2),
                incoming(number, now.minus(Duration.ofHours(1)), "611.000")), "device");

        assertThat(first.stored()).isEqualTo(3);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(grown.stored()).isEqualTo(1);
        assertThat(grown.duplicates()).isEqualTo(2);
        assertThat(flagsOf(meter)).containsExactly(
                Map.entry(now.minus(Duration.ofHours(5)), ""),
                Map.entry(now.minus(Duration.ofHours(4)), "negative_consumption"),
                Map.entry(now.minus(Duration.ofHours(1)), ""),
                Map.entry(now.plus(Duration.ofDays(3)), "future_dated"));
        assertThat(jdbc.sql("select array_to_string(alarms, '|') from readings where meter_id = ? and read_at = ?")
                .params(meter, java.sql.Timestamp.from(tampered.readAt())).query(String.class).single())
                .isEqualTo("tamper|last_gasp");
    }

    private static IncomingReading incoming(String number, Instant at, String kwh) {
        return new IncomingReading(UUID.randomUUID(), number, at, new BigDecimal(kwh), null, null, null, null,
                List.of(), "{}");
    }

    @Test
    void anUnreadableReadingGoesToTheDeadLettersAloneAndTheOthersAreStored() {
        Customer customer = customer();
        UUID meter = meter(customer.site());
        String number = number(meter);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String garbage = "{\"message_id\":\"" + UUID.randomUUID() + "\",\"meter_number\":\"" + number
                + "\",\"read_at\":\"yesterday\"}";

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers());
             var deadLetters = KafkaEvents.on(bootstrapServers(), Topics.deadLetter(Topics.IOT_METER_READINGS))) {
            headEnd.publish(reading(number, now.minus(Duration.ofHours(2)), "10.000"));
            headEnd.send(number, garbage);
            headEnd.publish(reading(number, now.minus(Duration.ofHours(1)), "11.000"));

            List<ReceivedEvent> dead = deadLetters.awaitAtLeast(1, event -> event.value().equals(garbage), WAIT);
            assertThat(dead.get(0).header("kafka_dlt-exception-stacktrace"))
                    .contains("not a readable urn:mwolo:schema:iot.MeterReading:v1");
        }
        await().atMost(WAIT).until(() -> flagsOf(meter).size() == 2);
    }

    @Test
    void aReadingOfAnUnknownMeterIsParkedWhole() {
        String number = "UNKNOWN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var reading = reading(number, Instant.now().minusSeconds(60), "42.000");

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            headEnd.publish(reading);
            headEnd.publish(reading);
        }

        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from parked_readings where meter_number = ?")
                .param(number).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select message_id from parked_readings where meter_number = ?").param(number)
                .query(UUID.class).single()).isEqualTo(reading.messageId());
    }

    @Test
    void aParkedReadingIsStoredOnceItsMeterIsRegistered() {
        Customer customer = customer();
        String number = "LATE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            headEnd.publish(reading(number, Instant.now().minusSeconds(60), "42.000"));
        }
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from parked_readings where meter_number = ?")
                .param(number).query(Integer.class).single() == 1);
        Api.Reply installed = post("/api/operations/meters/", Bodies.meter(number, equipment(customer.site(), "meter")),
                Tokens.operations());
        assertThat(installed.status()).as(installed.toString()).isEqualTo(201);
        UUID meter = UUID.fromString(installed.json().path("id").asString());

        replay.replay();

        assertThat(flagsOf(meter)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from parked_readings where meter_number = ?").param(number)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRelayTheMeterReportsOpenWhileBelievedConnectedIsDisconnected() {
        Customer customer = customer();
        UUID meter = meter(customer.site());

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            // Read after the meter's installation: a report older than the relay's last change says nothing of now.
            headEnd.publish(reading(number(meter), Instant.now(), "5.000", "disconnected"));
        }

        await().atMost(WAIT).until(() -> "disconnected".equals(jdbc.sql("select relay_state from meters where id = ?")
                .param(meter).query(String.class).single()));
    }

    private String number(UUID meter) {
        return jdbc.sql("select number from meters where id = ?").param(meter).query(String.class).single();
    }

    private List<Map.Entry<Instant, String>> flagsOf(UUID meter) {
        return jdbc.sql("select read_at, array_to_string(flags, ',') from readings where meter_id = ? order by read_at")
                .param(meter)
                .query((row, n) -> Map.entry(row.getTimestamp(1).toInstant(), row.getString(2)))
                .list();
    }
}
