package energy.mwolo.embedded.meters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterCommand;
import energy.mwolo.contracts.iot.MeterEvent;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.SharedKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Simulated meters obey relay commands once per id, acknowledge every copy, and report their relay in readings. */
class MeterRelaysIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant MORNING = Instant.parse("2026-05-02T07:00:00Z");
    private final SharedKafka kafka = SharedKafka.start();

    @Test
    void aDisconnectionIsExecutedOnceAcknowledgedForEachCopyAndShowsInTheReadings() throws Exception {
        String prefix = prefix();
        try (var relays = MeterRelays.start(meters(), prefix, Duration.ofMillis(100));
             var fleet = MeterFleet.create(meters(), new MeterFleet.Settings(prefix, 2, Duration.ofHours(1), 3))) {
            fleet.reportRelaysOf(relays);
            String cut = prefix + "000001";
            MeterCommand command = command(cut, MeterCommand.DISCONNECT, Instant.now().plusSeconds(600));
            send(command);
            send(command);

            List<MeterEvent> acks = acknowledgements(prefix, 2);
            assertThat(acks).extracting(MeterEvent::commandId).containsOnly(command.commandId());
            assertThat(acks).extracting(MeterEvent::outcome).containsOnly("executed");
            assertThat(acks).extracting(MeterEvent::relayState).containsOnly("disconnected");
            assertThat(relays.isOpen(cut)).isTrue();
            assertThat(relays.received()).hasSize(2);

            fleet.publishRound(MORNING);
            fleet.publishRound(MORNING.plus(Duration.ofHours(3)));
        }
        List<MeterReading> readings = TopicRecords.read(kafka, Topics.IOT_METER_READINGS, prefix, 4).stream()
                .map(r -> ContractJson.read(r.value(), MeterReading.class)).toList();
        List<MeterReading> ofCut = readings.stream().filter(r -> r.meterNumber().endsWith("000001")).toList();
        assertThat(ofCut).extracting(MeterReading::relayState).containsOnly("disconnected");
        assertThat(ofCut.get(1).activeImportKwh()).as("no consumption while cut")
                .isEqualByComparingTo(ofCut.get(0).activeImportKwh());
        assertThat(readings).filteredOn(r -> r.meterNumber().endsWith("000002"))
                .extracting(MeterReading::relayState).containsOnly("connected");
    }

    @Test
    void aMeterToldToRefuseOrReceivingAnExpiredCommandRefusesItAndOneToldToIgnoreNeverAnswers() throws Exception {
        String prefix = prefix();
        try (var relays = MeterRelays.start(meters(), prefix, Duration.ofMillis(50))) {
            relays.behave(prefix + "000001", MeterRelays.Behaviour.REFUSE);
            relays.behave(prefix + "000003", MeterRelays.Behaviour.IGNORE);
            send(command(prefix + "000001", MeterCommand.DISCONNECT, Instant.now().plusSeconds(600)));
            send(command(prefix + "000002", MeterCommand.DISCONNECT, Instant.now().minusSeconds(1)));
            send(command(prefix + "000003", MeterCommand.DISCONNECT, Instant.now().plusSeconds(600)));

            List<MeterEvent> acks = acknowledgements(prefix, 2);
            assertThat(acks).extracting(MeterEvent::meterNumber)
                    .containsExactlyInAnyOrder(prefix + "000001", prefix + "000002");
            assertThat(acks).extracting(MeterEvent::outcome).containsOnly("refused");
            await().atMost(WAIT).until(() -> relays.received().size() == 3);
            assertThat(relays.isOpen(prefix + "000001")).isFalse();
            assertThat(relays.isOpen(prefix + "000002")).isFalse();
            assertThat(relays.isOpen(prefix + "000003")).isFalse();
        }
    }

    @Test
    void aBypassedMeterReportsItsRelayClosedWithoutACommand() throws Exception {
        String prefix = prefix();
        try (var relays = MeterRelays.start(meters(), prefix, Duration.ofMillis(50))) {
            send(command(prefix + "000001", MeterCommand.DISCONNECT, Instant.now().plusSeconds(600)));
            await().atMost(WAIT).until(() -> relays.isOpen(prefix + "000001"));

            relays.bypass(prefix + "000001");

            assertThat(relays.isOpen(prefix + "000001")).isFalse();
        }
    }

    private static MeterCommand command(String meter, String action, Instant expiresAt) {
        return new MeterCommand(UUID.randomUUID(), meter, action, expiresAt.minusSeconds(3600), expiresAt);
    }

    /** Sends as the admin: the test stands in for operations. */
    private void send(MeterCommand command) throws Exception {
        Properties properties = new Properties();
        properties.putAll(kafka.adminClientProperties());
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.IOT_METER_COMMANDS, command.meterNumber(),
                    ContractJson.write(command))).get();
        }
    }

    private List<MeterEvent> acknowledgements(String prefix, int count) {
        return TopicRecords.read(kafka, Topics.IOT_METER_EVENTS, prefix, count).stream()
                .map(r -> ContractJson.read(r.value(), MeterEvent.class)).toList();
    }

    private Map<String, Object> meters() {
        return kafka.clientProperties(kafka.credentials(KafkaUsers.METERS));
    }

    private static String prefix() {
        return "SIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
    }
}
