package energy.mwolo.embedded.meters;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.SharedKafka;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** The fleet publishes readable, monotonic readings as the meters' user, and its faults on demand. */
class MeterFleetIT {

    private static final Instant MIDNIGHT = Instant.parse("2026-05-01T23:00:00Z");
    private final SharedKafka kafka = SharedKafka.start();

    @Test
    void eachRoundIsOneReadingPerMeterWithRegistersThatOnlyGoUp() {
        String prefix = prefix();
        try (var fleet = MeterFleet.create(meters(), new MeterFleet.Settings(prefix, 5, Duration.ofHours(1), 7))) {
            fleet.publishRound(MIDNIGHT);
            fleet.publishRound(MIDNIGHT.plus(Duration.ofHours(1)));
            fleet.publishRound(MIDNIGHT.plus(Duration.ofHours(2)));
        }

        Map<String, List<MeterReading>> byMeter = readings(prefix, 15);
        assertThat(byMeter).hasSize(5);
        byMeter.forEach((number, readings) -> {
            assertThat(readings).extracting(MeterReading::readAt).isSorted().hasSize(3);
            assertThat(readings).extracting(MeterReading::activeImportKwh)
                    .isSortedAccordingTo(BigDecimal::compareTo);
            assertThat(readings.get(2).activeImportKwh()).isGreaterThan(readings.get(0).activeImportKwh());
        });
    }

    @Test
    void faultsAskedForComeWithTheNextReadings() {
        String prefix = prefix();
        try (var fleet = MeterFleet.create(meters(), new MeterFleet.Settings(prefix, 4, Duration.ofHours(1), 9))) {
            fleet.publishRound(MIDNIGHT);
            fleet.inject(MeterFault.DUPLICATE, 1);
            fleet.inject(MeterFault.TAMPER, 1);
            fleet.inject(MeterFault.GARBAGE, 1);
            fleet.inject(MeterFault.LATE, 1);
            fleet.publishRound(MIDNIGHT.plus(Duration.ofHours(1)));
            fleet.publishRound(MIDNIGHT.plus(Duration.ofHours(2)));
        }

        List<ConsumerRecord<String, String>> records = records(prefix, 13);
        List<String> values = records.stream().map(ConsumerRecord::value).toList();
        assertThat(values.stream().filter(value -> value.contains("\"soon\""))).hasSize(1);
        Map<UUID, Long> ids = values.stream().filter(value -> !value.contains("\"soon\""))
                .map(value -> ContractJson.read(value, MeterReading.class).messageId())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(ids.values().stream().filter(count -> count == 2)).hasSize(1);
        assertThat(values.stream().filter(value -> value.contains("tamper"))).hasSize(1);
        String lateMeter = prefix + "000004";
        List<Instant> late = records.stream().filter(record -> record.key().equals(lateMeter))
                .map(record -> ContractJson.read(record.value(), MeterReading.class).readAt()).toList();
        assertThat(late).containsExactly(MIDNIGHT, MIDNIGHT.plus(Duration.ofHours(2)),
                MIDNIGHT.plus(Duration.ofHours(1)));
    }

    @Test
    void acknowledgedReadingsAreExactlyTheReadingsOnTheTopic() {
        String prefix = prefix();
        List<MeterReading> acknowledged;
        try (var fleet = MeterFleet.create(meters(), new MeterFleet.Settings(prefix, 3, Duration.ofHours(1), 11))) {
            fleet.publishRound(MIDNIGHT);
            fleet.inject(MeterFault.GARBAGE, 1);
            fleet.inject(MeterFault.DUPLICATE, 1);
            fleet.publishRound(MIDNIGHT.plus(Duration.ofHours(1)));
            acknowledged = fleet.acknowledged();
        }

        List<MeterReading> onTopic = records(prefix, 7).stream().map(ConsumerRecord::value)
                .filter(value -> !value.contains("\"soon\""))
                .map(value -> ContractJson.read(value, MeterReading.class)).toList();
        assertThat(acknowledged).hasSize(6).containsExactlyInAnyOrderElementsOf(onTopic);
    }

    @Test
    void aReadingHeldPastARoundGoesOutAfterTheRoundThatFollowsIt() {
        String prefix = prefix();
        try (var fleet = MeterFleet.create(meters(), new MeterFleet.Settings(prefix, 1, Duration.ofHours(1), 11))) {
            fleet.inject(MeterFault.LATE, 1);
            fleet.publishRound(MIDNIGHT);
            fleet.publishRoundHoldingBack(MIDNIGHT.plus(Duration.ofHours(1)));
            fleet.publishRound(MIDNIGHT.plus(Duration.ofHours(2)));
        }

        List<Instant> sent = records(prefix, 3).stream()
                .map(record -> ContractJson.read(record.value(), MeterReading.class).readAt()).toList();
        assertThat(sent).containsExactly(MIDNIGHT.plus(Duration.ofHours(1)), MIDNIGHT.plus(Duration.ofHours(2)),
                MIDNIGHT);
    }

    private Map<String, Object> meters() {
        return kafka.clientProperties(kafka.credentials(KafkaUsers.METERS));
    }

    private static String prefix() {
        return "SIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
    }

    private Map<String, List<MeterReading>> readings(String prefix, int count) {
        return records(prefix, count).stream()
                .map(record -> ContractJson.read(record.value(), MeterReading.class))
                .collect(Collectors.groupingBy(MeterReading::meterNumber));
    }

    /** The fleet's records, in each meter's order (one key, one partition). */
    private List<ConsumerRecord<String, String>> records(String prefix, int count) {
        return TopicRecords.read(kafka, Topics.IOT_METER_READINGS, prefix, count);
    }
}
