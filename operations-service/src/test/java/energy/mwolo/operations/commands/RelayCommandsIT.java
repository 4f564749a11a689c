package energy.mwolo.operations.commands;

import static energy.mwolo.operations.readings.MeterReadingsPublisher.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterEvent;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import energy.mwolo.operations.commands.application.RelayOrders;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.readings.MeterReadingsPublisher;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders to meters' relays end to end in the service: the command on iot.meter-commands, the meter's answer on
 * iot.meter-events, the relay state and the events on operations.meter.events. Retries and expiry are driven by
 * moving a command's due and expiry instants in the database rather than by waiting out the back-off.
 */
class RelayCommandsIT extends AbstractApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private RelayOrders orders;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private MeterRegistry meters;

    @Test
    void aDisconnectionOrderedByHandIsSentAndTheMetersAcknowledgementCutsTheSupplyOnce() {
        Meter meter = meter(true);

        Api.Reply ordered = post(path(meter, "disconnect"), Map.of("reason", "impayé FAC-2026-000123"),
                Tokens.operations());

        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(202);
        assertThat(ordered.json().path("action").asString()).isEqualTo("disconnect");
        assertThat(ordered.json().path("ordered_by").asString()).isNotBlank();
        assertThat(relayState(meter)).isEqualTo("disconnect_requested");
        UUID command = UUID.fromString(ordered.json().path("id").asString());
        JsonNode sent = commandsSentTo(meter, 1).get(0);
        assertThat(sent.path("command_id").asString()).isEqualTo(command.toString());
        assertThat(sent.path("action").asString()).isEqualTo("disconnect");
        assertThat(Instant.parse(sent.path("expires_at").asString()))
                .isAfter(Instant.parse(sent.path("issued_at").asString()));

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            MeterEvent ack = acknowledgement(meter, command, "executed", "disconnected");
            headEnd.publish(ack);
            headEnd.publish(ack);
            headEnd.publish(acknowledgement(meter, command, "executed", "disconnected"));
        }

        await().atMost(WAIT).until(() -> "disconnected".equals(relayState(meter)));
        assertThat(commandState(command)).isEqualTo("executed");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.OPERATIONS_METER_EVENTS)) {
            events.awaitAtLeast(3, e -> meter.id().toString().equals(e.key()), WAIT);
            List<ReceivedEvent> ofMeter = events.readAll(Duration.ofSeconds(2)).stream()
                    .filter(e -> meter.id().toString().equals(e.key())).toList();
            assertThat(ofMeter).extracting(e -> e.header("ce_type")).containsExactly("operations.MeterInstalled",
                    "operations.MeterDisconnectRequested", "operations.MeterDisconnected");
            JsonNode disconnected = JSON.readTree(ofMeter.get(2).value());
            assertThat(disconnected.path("command_id").asString()).isEqualTo(command.toString());
            assertThat(disconnected.path("source").asString()).isEqualTo("command_acknowledged");
        }
        assertThat(jdbc.sql("select count(*) from meter_event_log where command_id = ?").param(command)
                .query(Long.class).single()).as("the resend kept once, the second answer once").isEqualTo(2);
    }

    @Test
    void theSameOrderGivenTwiceIsOneCommand() {
        Meter meter = meter(true);
        UUID order = UUID.randomUUID();

        orders.disconnect(new MeterId(meter.id()), order, "overdue");
        orders.disconnect(new MeterId(meter.id()), order, "overdue");

        assertThat(jdbc.sql("select count(*) from relay_commands where meter_id = ?").param(meter.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(commandsSentTo(meter, 1)).hasSize(1);
    }

    @Test
    void aReconnectionBeforeTheDisconnectionIsAcknowledgedCancelsItAndTheMeterEndsConnected() {
        Meter meter = meter(true);
        orders.disconnect(new MeterId(meter.id()), UUID.randomUUID(), "overdue");
        UUID disconnect = UUID.fromString(commandsSentTo(meter, 1).get(0).path("command_id").asString());
        orders.reconnect(new MeterId(meter.id()), UUID.randomUUID(), "paid");

        List<JsonNode> sent = commandsSentTo(meter, 2);
        assertThat(sent).extracting(c -> c.path("action").asString()).containsExactly("disconnect", "reconnect");
        UUID reconnect = UUID.fromString(sent.get(1).path("command_id").asString());
        assertThat(commandState(disconnect)).isEqualTo("cancelled");
        assertThat(relayState(meter)).isEqualTo("reconnect_requested");

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            headEnd.publish(acknowledgement(meter, disconnect, "executed", "disconnected"));
            headEnd.publish(acknowledgement(meter, reconnect, "executed", "connected"));
        }

        await().atMost(WAIT).until(() -> "executed".equals(commandState(reconnect)));
        assertThat(relayState(meter)).isEqualTo("connected");
    }

    @Test
    void aDisconnectionCancelledBeforeItWasSentNeverReachesTheMeter() {
        Meter meter = meter(true);
        UUID disconnectOrder = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            orders.disconnect(new MeterId(meter.id()), disconnectOrder, "overdue");
            orders.reconnect(new MeterId(meter.id()), UUID.randomUUID(), "paid");
        });

        List<JsonNode> sent = commandsSentTo(meter, 1);
        assertThat(sent).extracting(c -> c.path("action").asString()).containsExactly("reconnect");
        assertThat(jdbc.sql("select state from relay_commands where order_id = ?").param(disconnectOrder)
                .query(String.class).single()).isEqualTo("cancelled");
    }

    @Test
    void anUnacknowledgedCommandIsSentAgainWithItsIdThenFailsIntoAFieldIntervention() {
        Meter meter = meter(true);
        UUID order = UUID.randomUUID();
        orders.disconnect(new MeterId(meter.id()), order, "overdue");
        UUID command = UUID.fromString(commandsSentTo(meter, 1).get(0).path("command_id").asString());

        jdbc.sql("update relay_commands set next_attempt_at = now() where id = ?").param(command).update();
        List<JsonNode> sent = commandsSentTo(meter, 2);
        assertThat(sent).extracting(c -> c.path("command_id").asString()).containsOnly(command.toString());
        await().atMost(WAIT).until(() -> attempts(command) == 2);

        jdbc.sql("update relay_commands set next_attempt_at = now(), expires_at = now() where id = ?").param(command)
                .update();
        await().atMost(WAIT).until(() -> "failed".equals(commandState(command)));

        Map<String, Object> failed = jdbc.sql("select failure, intervention_id from relay_commands where id = ?")
                .param(command).query().singleRow();
        assertThat(failed.get("failure")).isEqualTo("expired");
        assertThat(jdbc.sql("select type, status from interventions where id = ?").param(failed.get("intervention_id"))
                .query().singleRow()).containsEntry("type", "disconnection").containsEntry("status", "planned");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.OPERATIONS_METER_EVENTS)) {
            JsonNode commandFailed = JSON.readTree(events.awaitAtLeast(1, e -> meter.id().toString().equals(e.key())
                    && "operations.CommandFailed".equals(e.header("ce_type")), WAIT).get(0).value());
            assertThat(commandFailed.path("reason").asString()).isEqualTo("expired");
            assertThat(commandFailed.path("attempts").asInt()).isEqualTo(2);
            assertThat(commandFailed.path("order_id").asString()).isEqualTo(order.toString());
        }
    }

    @Test
    void aCommandTheMeterRefusesFailsIntoAFieldIntervention() {
        Meter meter = meter(true);
        orders.disconnect(new MeterId(meter.id()), UUID.randomUUID(), "overdue");
        UUID command = UUID.fromString(commandsSentTo(meter, 1).get(0).path("command_id").asString());

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            headEnd.publish(acknowledgement(meter, command, "refused", null));
        }

        await().atMost(WAIT).until(() -> "failed".equals(commandState(command)));
        assertThat(jdbc.sql("select failure from relay_commands where id = ?").param(command).query(String.class)
                .single()).isEqualTo("refused");
        assertThat(relayState(meter)).as("nothing moved at the meter").isEqualTo("disconnect_requested");
    }

    @Test
    void aMeterWithoutRemoteRelayGetsADisconnectionInterventionAndNoCommand() {
        Meter meter = meter(false);

        Api.Reply ordered = post(path(meter, "disconnect"), Map.of("reason", "overdue"), Tokens.operations());

        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(202);
        assertThat(ordered.json().path("state").asString()).isEqualTo("field_work");
        UUID intervention = UUID.fromString(ordered.json().path("intervention").asString());
        assertThat(jdbc.sql("select type from interventions where id = ? and site_id = ?")
                .params(intervention, meter.site()).query(String.class).single()).isEqualTo("disconnection");
        assertThat(relayState(meter)).isEqualTo("connected");
        try (KafkaEvents commands = KafkaEvents.on(bootstrapServers(), Topics.IOT_METER_COMMANDS)) {
            assertThat(commands.readAll(Duration.ofSeconds(2))).noneMatch(c -> meter.number().equals(c.key()));
        }
    }

    @Test
    void aMeterReportingItsRelayClosedAfterAnAcknowledgedDisconnectionRaisesATamperAlarm() {
        Meter meter = meter(true);
        orders.disconnect(new MeterId(meter.id()), UUID.randomUUID(), "overdue");
        UUID command = UUID.fromString(commandsSentTo(meter, 1).get(0).path("command_id").asString());
        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            headEnd.publish(acknowledgement(meter, command, "executed", "disconnected"));
            await().atMost(WAIT).until(() -> "disconnected".equals(relayState(meter)));

            headEnd.publish(reading(meter.number(), Instant.now().plusSeconds(1), "120.5", "connected"));
        }

        await().atMost(WAIT).until(() -> "connected".equals(relayState(meter)));
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.OPERATIONS_METER_EVENTS)) {
            JsonNode alarm = JSON.readTree(events.awaitAtLeast(1, e -> meter.id().toString().equals(e.key())
                    && "operations.MeterAlarmRaised".equals(e.header("ce_type")), WAIT).get(0).value());
            assertThat(alarm.path("alarm").asString()).isEqualTo("relay_closed_while_disconnected");
            assertThat(events.readAll(Duration.ofSeconds(1))).filteredOn(e -> meter.id().toString().equals(e.key()))
                    .extracting(e -> e.header("ce_type")).contains("operations.MeterReconnected");
        }
    }

    @Test
    void anUnreadableMeterEventGoesToTheDeadLettersAndTheNextOneIsHandled() {
        Meter meter = meter(true);
        orders.disconnect(new MeterId(meter.id()), UUID.randomUUID(), "overdue");
        UUID command = UUID.fromString(commandsSentTo(meter, 1).get(0).path("command_id").asString());
        String garbage = "{\"meter_number\": \"" + meter.number() + "\", \"type\": \"command_acknowledged\"}";

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers());
             var deadLetters = KafkaEvents.on(bootstrapServers(), Topics.deadLetter(Topics.IOT_METER_EVENTS))) {
            headEnd.sendTo(Topics.IOT_METER_EVENTS, meter.number(), garbage);
            headEnd.publish(acknowledgement(meter, command, "executed", "disconnected"));

            assertThat(deadLetters.awaitAtLeast(1, e -> garbage.equals(e.value()), WAIT)).hasSize(1);
        }
        await().atMost(WAIT).until(() -> "disconnected".equals(relayState(meter)));
    }

    @Test
    void anAlarmTheMeterRaisesIsAnnouncedAndCountedByKind() {
        Meter meter = meter(true);
        double tampersBefore = meters.get("operations.meter.alarms").tag("alarm", "tamper").counter().count();

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers())) {
            headEnd.publish(new MeterEvent(UUID.randomUUID(), meter.number(), Instant.now(), "tamper", null, null,
                    null, "cover opened"));
        }

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.OPERATIONS_METER_EVENTS)) {
            JsonNode alarm = JSON.readTree(events.awaitAtLeast(1, e -> meter.id().toString().equals(e.key())
                    && "operations.MeterAlarmRaised".equals(e.header("ce_type")), WAIT).get(0).value());
            assertThat(alarm.path("alarm").asString()).isEqualTo("tamper");
            assertThat(alarm.path("detail").asString()).isEqualTo("cover opened");
        }
        assertThat(meters.get("operations.meter.alarms").tag("alarm", "tamper").counter().count())
                .isEqualTo(tampersBefore + 1);
    }

    @Test
    void onlyStaffWhoMayUpdateOrderByHandAndAReasonIsNeeded() {
        Meter meter = meter(true);

        assertThat(post(path(meter, "disconnect"), Map.of("reason", "x"), Tokens.clientOf(UUID.randomUUID()))
                .status()).isEqualTo(403);
        assertThat(post(path(meter, "disconnect"), Map.of("reason", "x"), Tokens.accountant()).status())
                .isEqualTo(403);
        Api.Reply noReason = post(path(meter, "disconnect"), Map.of(), Tokens.operations());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(post("/api/operations/meters/" + UUID.randomUUID() + "/disconnect/", Map.of("reason", "x"),
                Tokens.operations()).status()).isEqualTo(404);

        Api.Reply history = api.get(path(meter, "commands")).as(Tokens.accountant()).send();
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().path("count").asLong()).isZero();
        assertThat(api.get(path(meter, "commands")).as(Tokens.clientOf(UUID.randomUUID())).send().status())
                .isEqualTo(403);
    }

    private record Meter(UUID id, String number, UUID site) {
    }

    private Meter meter(boolean remoteRelay) {
        UUID site = customer().site();
        String number = number();
        Map<String, Object> body = Bodies.meter(number, equipment(site, "meter"));
        body.put("remote_relay", remoteRelay);
        Api.Reply reply = post("/api/operations/meters/", body, Tokens.operations());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Meter(UUID.fromString(reply.json().path("id").asString()), reply.json().path("number").asString(),
                site);
    }

    private static String path(Meter meter, String action) {
        return "/api/operations/meters/" + meter.id() + "/" + action + "/";
    }

    private List<JsonNode> commandsSentTo(Meter meter, int atLeast) {
        try (KafkaEvents commands = KafkaEvents.on(bootstrapServers(), Topics.IOT_METER_COMMANDS)) {
            return commands.awaitAtLeast(atLeast, c -> meter.number().equals(c.key()), WAIT).stream()
                    .map(c -> JSON.readTree(c.value())).toList();
        }
    }

    private static MeterEvent acknowledgement(Meter meter, UUID command, String outcome, String relayState) {
        return new MeterEvent(UUID.randomUUID(), meter.number(), Instant.now(), MeterEvent.COMMAND_ACKNOWLEDGED,
                command, outcome, relayState, null);
    }

    private String relayState(Meter meter) {
        return jdbc.sql("select relay_state from meters where id = ?").param(meter.id()).query(String.class).single();
    }

    private String commandState(UUID command) {
        return jdbc.sql("select state from relay_commands where id = ?").param(command).query(String.class).single();
    }

    private int attempts(UUID command) {
        return jdbc.sql("select attempts from relay_commands where id = ?").param(command).query(Integer.class)
                .single();
    }
}
