package energy.mwolo.systemtests.collection;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.iot.ObisValue;
import energy.mwolo.contracts.operations.MeterAlarmRaised;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.meters.MeterRelays;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.Customers;
import energy.mwolo.systemtests.collection.LoopCustomers.Customer;
import energy.mwolo.systemtests.collection.TopicWatch.Seen;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Meters that do not do as they are told, over the real services and simulated meters. One never answers: its
 * disconnection is sent again with the same id, then failed into a field intervention an operator finds through the
 * gateway (CommandFailed on operations' meter topic), and the supply stays on. Another obeys, then someone closes its
 * relay by hand: its next reading says so, operations raises the tamper alarm and shows the supply on. Commands live
 * seconds here instead of hours (operations' command settings).
 */
class UnrulyMetersIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final Duration ASYNC = Duration.ofSeconds(120);

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.GEO,
                    ServiceCatalogue.CRM, ServiceCatalogue.OPERATIONS)
            .withGateway()
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_OPERATIONS_COMMANDS_BACKOFF", "2s,2s")
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_OPERATIONS_COMMANDS_LIFETIME", "PT10S");

    private static MeterRelays relays;
    private static TopicWatch meterEvents;
    private static Customer silent;
    private static Customer bypassed;
    private static KafkaProducer<String, String> meterReadings;

    @BeforeAll
    static void customersWithSimulatedMeters() {
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();
        String prefix = "ST" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        Map<String, Object> meters = kafka.clientProperties(kafka.credentials(KafkaUsers.METERS));
        relays = MeterRelays.start(meters, prefix, Duration.ofMillis(500));
        meterEvents = TopicWatch.start(kafka.adminClientProperties(), Topics.OPERATIONS_METER_EVENTS);

        LoopCustomers customers = new LoopCustomers(new Api(PLATFORM.gatewayUrl()), prefix);
        String agency = customers.openAgency("Agence de Kintambo " + prefix);
        LocalDate today = LocalDate.now(KINSHASA);
        // A contract from today: the scenarios of a JVM share billing's database, and a contract running through the
        // month just ended would be billed by another scenario's run and counted by its dunning pass.
        silent = customers.customer(agency, "Tshala", today, today);
        bypassed = customers.customer(agency, "Kabila", today, today);
        meterReadings = new KafkaProducer<>(meters, new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void stopSimulators() {
        for (AutoCloseable closeable : new AutoCloseable[] {relays, meterEvents, meterReadings}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // Stopping what the scenario started must not hide its result.
            }
        }
    }

    @Test
    void aMeterThatNeverAnswersHasItsCommandSentAgainThenFailedIntoAFieldIntervention() {
        relays.behave(silent.meterNumber(), MeterRelays.Behaviour.IGNORE);
        String operations = operations();

        Api.Reply ordered = gateway().post("/api/operations/meters/" + silent.meter() + "/disconnect/",
                Map.of("reason", "impayé, ordre manuel")).as(operations)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(202);
        String command = ordered.json().path("id").asString();

        JsonNode failed = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> commandOf(silent, command, operations), c -> "failed".equals(c.path("state").asString()));
        assertThat(failed.path("failure").asString()).isEqualTo("expired");
        assertThat(failed.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(relays.received()).filteredOn(c -> c.commandId().toString().equals(command))
                .as("sent again with the same id").hasSizeGreaterThanOrEqualTo(2);
        String intervention = failed.path("intervention").asString();
        Api.Reply fieldWork = gateway().get("/api/operations/interventions/" + intervention + "/").as(operations)
                .send();
        assertThat(fieldWork.status()).as(fieldWork.toString()).isEqualTo(200);
        assertThat(fieldWork.json().path("type").asString()).isEqualTo("disconnection");
        assertThat(fieldWork.json().path("status").asString()).isEqualTo("planned");
        assertThat(fieldWork.json().path("description").asString()).contains(command);
        JsonNode event = ContractJson.mapper().readTree(awaitEvent(silent, "operations.CommandFailed").value());
        assertThat(event.path("reason").asString()).isEqualTo("expired");
        assertThat(relays.isOpen(silent.meterNumber())).as("the supply was never cut").isFalse();
    }

    @Test
    void aRelayClosedByHandAfterADisconnectionRaisesTheTamperAlarmAndShowsTheSupplyOn() throws Exception {
        String operations = operations();
        Api.Reply ordered = gateway().post("/api/operations/meters/" + bypassed.meter() + "/disconnect/",
                Map.of("reason", "impayé, ordre manuel")).as(operations)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(202);
        JsonNode disconnected = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> meter(bypassed, operations), m -> "disconnected".equals(m.path("relay_state").asString()));
        assertThat(relays.isOpen(bypassed.meterNumber())).isTrue();

        relays.bypass(bypassed.meterNumber());
        // Read after the acknowledged disconnection: a reading older than the relay's last change says nothing of it.
        Instant readAt = Instant.parse(disconnected.path("relay_changed_at").asString()).plusSeconds(1);
        MeterReading reading = new MeterReading(UUID.randomUUID(), bypassed.meterNumber(), readAt,
                List.of(new ObisValue(ObisValue.ACTIVE_IMPORT, new BigDecimal("3.250"), "kWh")), "connected", null);
        meterReadings.send(new ProducerRecord<>(Topics.IOT_METER_READINGS, bypassed.meterNumber(),
                ContractJson.write(reading))).get(30, TimeUnit.SECONDS);

        JsonNode alarm = ContractJson.mapper().readTree(awaitEvent(bypassed, "operations.MeterAlarmRaised").value());
        assertThat(alarm.path("alarm").asString()).isEqualTo(MeterAlarmRaised.RELAY_CLOSED_WHILE_DISCONNECTED);
        assertThat(alarm.path("meter_number").asString()).isEqualTo(bypassed.meterNumber());
        JsonNode reconnected = ContractJson.mapper().readTree(
                awaitEvent(bypassed, "operations.MeterReconnected").value());
        assertThat(reconnected.path("source").asString()).isEqualTo("reading");
        JsonNode shown = meter(bypassed, operations);
        assertThat(shown.path("relay_state").asString()).as("the supply is on, whatever was ordered")
                .isEqualTo("connected");
    }

    private static JsonNode meter(Customer customer, String token) {
        Api.Reply reply = gateway().get("/api/operations/meters/" + customer.meter() + "/").as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode commandOf(Customer customer, String command, String token) {
        Api.Reply reply = gateway().get("/api/operations/meters/" + customer.meter() + "/commands/").as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode each : reply.json().path("results")) {
            if (command.equals(each.path("id").asString())) {
                return each;
            }
        }
        throw new AssertionError("command " + command + " not listed: " + reply.body());
    }

    private static Seen awaitEvent(Customer customer, String type) {
        List<Seen> seen = Awaitility.await().atMost(ASYNC).until(() -> meterEvents.seen(e ->
                customer.meter().equals(e.key()) && type.equals(e.headers().get("ce_type"))), found -> !found.isEmpty());
        return seen.get(0);
    }

    private static Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }

    private static String operations() {
        return Customers.signIn(gateway(), "operations@mwolo.local", "operations123");
    }
}
