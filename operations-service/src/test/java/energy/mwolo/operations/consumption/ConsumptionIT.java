package energy.mwolo.operations.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static energy.mwolo.operations.readings.MeterReadingsPublisher.reading;
import static org.awaitility.Awaitility.await;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Tokens;
import energy.mwolo.operations.consumption.application.ClosingPeriods;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.readings.MeterReadingsPublisher;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Readings from the topic become a contract's consumption for last month, published to billing, then corrected. */
class ConsumptionIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private ClosingPeriods closing;

    @Test
    void aClosedMonthIsPublishedThenALateReadingRepublishesItWithTheNextRevision() {
        BillingPeriod lastMonth = BillingPeriod.of(LocalDate.now(BusinessTime.ZONE)).previous();
        Customer customer = customer();
        UUID meter = meter(customer.site());
        Api.Reply linked = post("/api/operations/meters/" + meter + "/link/", Map.of("contract",
                customer.contract().toString(), "register_kwh", "900",
                "linked_at", lastMonth.start().minus(Duration.ofDays(3)).toString()), Tokens.operations());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        String number = linked.json().path("number").asString();

        try (var headEnd = new MeterReadingsPublisher(bootstrapServers());
             var consumption = KafkaEvents.on(bootstrapServers(), Topics.OPERATIONS_CONSUMPTION_EVENTS)) {
            headEnd.publish(reading(number, lastMonth.start(), "1000.000"));
            headEnd.publish(reading(number, lastMonth.end().minus(Duration.ofDays(2)), "1200.000"));
            await().atMost(WAIT).until(() -> stored(meter) == 2);

            closing.close(lastMonth);

            ConsumptionRecorded first = recorded(consumption, customer.contract(), 1);
            assertThat(first.kwh()).isEqualByComparingTo("200");
            assertThat(first.estimated()).isTrue();
            assertThat(first.periodStart()).isEqualTo(lastMonth.firstDay());
            assertThat(first.periodEnd()).isEqualTo(lastMonth.lastDay());
            assertThat(first.meterNumber()).isEqualTo(number);
            assertThat(first.registerStart()).isNull();

            // The first reading after the month's end arrives: its end is now measured (interpolated), not estimated.
            headEnd.publish(reading(number, lastMonth.end().plus(Duration.ofMinutes(10)), "1210.000"));
            await().atMost(WAIT).until(() -> stored(meter) == 3);
            closing.recomputeMarked();
            closing.close(lastMonth);

            ConsumptionRecorded second = recorded(consumption, customer.contract(), 2);
            assertThat(second.kwh()).isEqualByComparingTo("209.965");
            assertThat(second.estimated()).isFalse();
            assertThat(second.registerStart()).isEqualByComparingTo("1000");
            assertThat(second.registerEnd()).isEqualByComparingTo("1209.965");
            assertThat(consumption.readAll(Duration.ofSeconds(2)).stream()
                    .filter(event -> event.key().equals(customer.contract().toString()))).hasSize(2);
        }

        JsonNode shown = api.get("/api/operations/contracts/" + customer.contract() + "/consumption/?period="
                + lastMonth).as(Tokens.operations()).send().json();
        assertThat(shown.path("kwh").asString()).isEqualTo("209.965");
        assertThat(shown.path("published").path("revision").asInt()).isEqualTo(2);
        JsonNode readings = api.get("/api/operations/meters/" + number + "/readings/?from=" + lastMonth.start())
                .as(Tokens.operations()).send().json();
        assertThat(readings.path("count").asInt()).isEqualTo(3);
        assertThat(readings.path("results").get(0).path("register_kwh").asString()).isEqualTo("1210.000");
    }

    @Test
    void anotherClientsContractIsNotFoundAndABadPeriodIsABadRequest() {
        Customer customer = customer();

        Api.Reply foreign = api.get("/api/operations/contracts/" + customer.contract() + "/consumption/")
                .as(Tokens.clientOf(UUID.randomUUID())).send();
        Api.Reply badPeriod = api.get("/api/operations/contracts/" + customer.contract()
                + "/consumption/?period=2026-13").as(Tokens.operations()).send();

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().path("code").asString()).isEqualTo("consumption.period.invalid");
    }

    private int stored(UUID meter) {
        return jdbc.sql("select count(*) from readings where meter_id = ?").param(meter).query(Integer.class).single();
    }

    private static ConsumptionRecorded recorded(KafkaEvents events, UUID contract, int revision) {
        List<ReceivedEvent> found = events.awaitAtLeast(1, event -> event.key().equals(contract.toString())
                && ContractJson.read(event.value(), ConsumptionRecorded.class).revision() == revision, WAIT);
        ReceivedEvent event = found.stream().filter(e -> e.key().equals(contract.toString())
                && ContractJson.read(e.value(), ConsumptionRecorded.class).revision() == revision).findFirst()
                .orElseThrow();
        assertThat(event.header("ce_type")).isEqualTo("operations.ConsumptionRecorded");
        return ContractJson.read(event.value(), ConsumptionRecorded.class);
    }
}
