package energy.mwolo.systemtests.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.meters.MeterFault;
import energy.mwolo.embedded.meters.MeterFleet;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.BillingRuns;
import energy.mwolo.systemtests.billing.Customers;
import energy.mwolo.systemtests.billing.Customers.ActiveContract;
import energy.mwolo.systemtests.billing.Customers.Customer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A metered customer's month from the meter to the invoice, over the real identity, crm, operations and billing
 * services behind the real gateway: crm activates a metered contract, operations installs a meter on its site, the
 * simulated meter publishes a month of readings onto {@code iot.meter-readings}, operations links the meter, closes
 * the month and publishes its consumption, billing's run of the month invoices that consumption at the contract's
 * price per kWh. A reading of the month's last instant that arrives late moves the month's end: operations publishes
 * a correction (revision 2), billing keeps it as the month's consumption, and the issued invoice does not change (a
 * wrong invoice is cancelled and billed again, never edited). The steps build on one another, in order.
 *
 * <p>The meter reads every six hours from the day before the month, on the month's Kinshasa midnights, but its
 * reading of the month's end is held back (the fleet's {@link MeterFault#LATE}, kept past the next round) behind one
 * taken 30 minutes after it: the first figure interpolates the end between the readings around it (one within the
 * hour: measured); the held reading arrives after the invoice, late, and the correction reads it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeteredInvoiceIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    /** The month just ended, which operations closes and billing's monthly run bills. */
    private static final YearMonth PERIOD = YearMonth.now(KINSHASA).minusMonths(1);
    private static final Instant START = PERIOD.atDay(1).atStartOfDay(KINSHASA).toInstant();
    private static final Instant END = PERIOD.plusMonths(1).atDay(1).atStartOfDay(KINSHASA).toInstant();
    /** The meter is linked at its first reading, a day before the month. */
    private static final Instant LINKED_AT = START.minus(Duration.ofDays(1));
    private static final Duration INTERVAL = Duration.ofHours(6);
    private static final Instant AFTER_END = END.plus(Duration.ofMinutes(30));
    private static final String FEE = "3.00";
    private static final String PRICE_PER_KWH = "0.1200";
    private static final Duration ASYNC = Duration.ofSeconds(90);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM,
                    ServiceCatalogue.OPERATIONS, ServiceCatalogue.BILLING)
            .withGateway()
            // operations closes the month that ended every few seconds rather than on the month's first nights, and
            // recomputes months marked by late readings as often.
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_CONSUMPTION_CLOSE_CRON", "*/3 * * * * *")
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_CONSUMPTION_RECOMPUTE_INTERVAL", "PT2S")
            // The scenario starts its runs itself; no schedule may bill or remind behind its back.
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_RUN_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_OVERDUE_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_PASS_AT_START", "false");

    private static MeterFleet fleet;
    private static String meterNumber;
    private static String meter;
    private static Customer customer;
    private static ActiveContract contract;
    /** The figure operations published first, as billing invoiced it; set by the first steps. */
    private static JsonNode firstFigure;
    private static JsonNode invoice;

    @BeforeAll
    static void aMeteredContractInCrmAndAMeterOnItsSiteInOperations() {
        Customers customers = new Customers(gateway());
        customer = customers.register("Béatrice", "Kalala");
        contract = customers.meteredContract(customer, FEE, PRICE_PER_KWH, "USD", PERIOD.atDay(1));
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();
        String prefix = "MTR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
        fleet = MeterFleet.create(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)),
                new MeterFleet.Settings(prefix, 1, INTERVAL, 20_260_501L));
        meterNumber = fleet.meterNumbers().get(0);
        String admin = admin();
        // operations hears of the site through crm's events: until then the site is unknown (400).
        String equipment = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway().post("/api/operations/equipment/", Map.of("type", "meter",
                                "serial_number", "SN-" + meterNumber, "site", contract.site(),
                                "install_date", LINKED_AT.atZone(KINSHASA).toLocalDate().toString()))
                        .as(admin).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send(),
                        reply -> reply.status() != 400)
                .json().path("id").asString();
        Api.Reply installed = gateway().post("/api/operations/meters/", Map.of("number", meterNumber,
                        "equipment", equipment, "kind", "postpaid", "remote_relay", true))
                .as(admin).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        assertThat(installed.status()).as(installed.toString()).isEqualTo(201);
        meter = installed.json().path("id").asString();
    }

    @AfterAll
    static void stopTheFleet() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void aMonthOfSimulatedReadingsIsStoredAndTheLinkedContractsConsumptionIsTheRegisterDifference() {
        for (Instant at = LINKED_AT; at.isBefore(END); at = at.plus(INTERVAL)) {
            fleet.publishRound(at);
        }
        fleet.inject(MeterFault.LATE, 1);
        fleet.publishRound(END);
        fleet.publishRoundHoldingBack(AFTER_END);
        String admin = admin();
        JsonNode stored = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> meterAsSeen(admin), m -> AFTER_END.toString().equals(instant(m, "last_reading_at")));
        assertThat(stored.path("relay_state").asString()).isEqualTo("connected");
        // Every round but the held-back one: the day before the month, the month, and the half hour after it.
        long rounds = Duration.between(LINKED_AT, END).dividedBy(INTERVAL) + 1;
        assertThat(readings(admin, LINKED_AT, AFTER_END.plusSeconds(1)).path("count").asLong()).isEqualTo(rounds);
        BigDecimal atLink = registerAt(admin, LINKED_AT);
        BigDecimal atStart = registerAt(admin, START);

        Api.Reply linked = gateway().post("/api/operations/meters/" + meter + "/link/", Map.of(
                        "contract", contract.id(), "register_kwh", atLink.toPlainString(),
                        "linked_at", LINKED_AT.toString()))
                .as(admin).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);

        firstFigure = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> consumption(admin), c -> !c.path("published").isNull());
        assertThat(firstFigure.path("meter_number").asString()).isEqualTo(meterNumber);
        assertThat(firstFigure.path("estimated").asBoolean()).as(firstFigure.toString()).isFalse();
        assertThat(decimal(firstFigure, "register_start")).isEqualByComparingTo(atStart);
        BigDecimal difference = decimal(firstFigure, "register_end").subtract(atStart);
        assertThat(difference).isPositive();
        assertThat(decimal(firstFigure, "kwh")).isEqualByComparingTo(difference);
        JsonNode published = firstFigure.path("published");
        assertThat(published.path("revision").asInt()).isEqualTo(1);
        assertThat(decimal(published, "kwh")).isEqualByComparingTo(difference);
        try (KafkaEvents events = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(),
                ConsumptionRecorded.CONTRACT.topic())) {
            ConsumptionRecorded recorded = ContractJson.read(events.awaitAtLeast(1, event ->
                    ConsumptionRecorded.CONTRACT.type().equals(event.header(CloudEventHeaders.TYPE))
                            && contract.id().equals(event.key()), ASYNC).get(0).value(), ConsumptionRecorded.class);
            assertThat(recorded.revision()).isEqualTo(1);
            assertThat(recorded.kwh()).isEqualByComparingTo(difference);
            assertThat(recorded.periodStart()).isEqualTo(PERIOD.atDay(1));
            assertThat(recorded.periodEnd()).isEqualTo(PERIOD.atEndOfMonth());
            assertThat(recorded.meterNumber()).isEqualTo(meterNumber);
        }
    }

    @Test
    @Order(2)
    void theMonthsBillingRunInvoicesTheConsumptionAtTheContractsPricePerKwh() {
        assumeTrue(firstFigure != null, "no consumption was published: see the first step");
        String accountant = accountant();
        BigDecimal kwh = decimal(firstFigure, "kwh");
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> billedConsumption(accountant), Optional::isPresent);

        invoice = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> completedRunThenInvoice(accountant), Optional::isPresent).orElseThrow();

        assertThat(invoice.path("status").asString()).isEqualTo("issued");
        assertThat(invoice.path("estimated").asBoolean()).isFalse();
        assertThat(invoice.path("period").asString()).isEqualTo(PERIOD.toString());
        assertThat(invoice.path("currency").asString()).isEqualTo("USD");
        List<JsonNode> energy = invoice.path("lines").valueStream()
                .filter(line -> "energy".equals(line.path("kind").asString())).toList();
        assertThat(energy).as(invoice.path("lines").toString()).isNotEmpty();
        assertThat(energy.stream().map(line -> decimal(line, "quantity")).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("kWh invoiced").isEqualByComparingTo(kwh);
        BigDecimal energyAmount = BigDecimal.ZERO;
        for (JsonNode line : energy) {
            assertThat(line.path("unit").asString()).isEqualTo("kWh");
            assertThat(decimal(line, "unit_price")).isEqualByComparingTo(PRICE_PER_KWH);
            energyAmount = energyAmount.add(decimal(line, "amount"));
        }
        assertThat(energyAmount).isEqualByComparingTo(
                kwh.multiply(new BigDecimal(PRICE_PER_KWH)).setScale(2, RoundingMode.HALF_UP));
        BigDecimal subtotal = energyAmount.add(new BigDecimal(FEE));
        assertThat(decimal(invoice, "subtotal")).isEqualByComparingTo(subtotal);
        assertThat(decimal(invoice, "total")).isEqualByComparingTo(
                subtotal.add(subtotal.multiply(new BigDecimal("0.16")).setScale(2, RoundingMode.HALF_UP)));
    }

    @Test
    @Order(3)
    void aLateReadingOfTheMonthsEndIsPublishedAsACorrectionThatBillingKeepsWithoutChangingTheInvoice() {
        assumeTrue(invoice != null, "no invoice was issued: see the second step");
        String admin = admin();
        String accountant = accountant();

        // The next round sends the reading held back, read at the month's end, after the one of half an hour later.
        fleet.publishRound(AFTER_END.plus(INTERVAL));

        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> readings(admin, END, END.plusSeconds(1)).path("count").asInt() == 1);
        JsonNode late = readings(admin, END, END.plusSeconds(1)).path("results").get(0);
        assertThat(late.path("flags").valueStream().map(JsonNode::asString)).contains("late");
        BigDecimal exact = decimal(late, "register_kwh").subtract(registerAt(admin, START));
        assumeTrue(exact.compareTo(decimal(firstFigure, "kwh")) != 0,
                "the interpolated end happened to equal the reading: nothing to correct");
        JsonNode corrected = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> consumption(admin), c -> c.path("published").path("revision").asInt() == 2);
        assertThat(decimal(corrected, "kwh")).isEqualByComparingTo(exact);
        assertThat(decimal(corrected.path("published"), "kwh")).isEqualByComparingTo(exact);
        try (KafkaEvents events = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(),
                ConsumptionRecorded.CONTRACT.topic())) {
            List<ConsumptionRecorded> revisions = events.awaitAtLeast(2, event ->
                            ConsumptionRecorded.CONTRACT.type().equals(event.header(CloudEventHeaders.TYPE))
                                    && contract.id().equals(event.key()), ASYNC).stream()
                    .map(event -> ContractJson.read(event.value(), ConsumptionRecorded.class)).toList();
            assertThat(revisions).extracting(ConsumptionRecorded::revision).containsExactly(1, 2);
            assertThat(revisions.get(1).kwh()).isEqualByComparingTo(exact);
        }

        // billing keeps the highest revision as the month's consumption...
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> billedConsumption(accountant).map(c -> decimal(c, "kwh").compareTo(exact) == 0)
                        .orElse(false));
        // ...but an issued invoice keeps the lines it was computed with, and the month is not invoiced twice.
        JsonNode rerun = completedRun(accountant);
        assertThat(rerun.path("done").asInt()).as("a run after the correction: %s", rerun).isZero();
        JsonNode kept = gateway().get("/api/billing/invoices/" + invoice.path("id").asString() + "/")
                .as(accountant).send().json();
        assertThat(kept.path("total").asString()).isEqualTo(invoice.path("total").asString());
        assertThat(kept.path("lines")).isEqualTo(invoice.path("lines"));
        assertThat(invoicesOfContract(accountant).path("count").asInt()).isEqualTo(1);
    }

    /**
     * The customer pays the invoice as it was issued. The scenarios of a test JVM share billing's database: an open
     * invoice left here would be reminded and reported overdue by another scenario's dunning pass.
     */
    @Test
    @Order(4)
    void aCashPaymentOfTheIssuedTotalPaysTheInvoice() {
        assumeTrue(invoice != null, "no invoice was issued: see the second step");
        String accountant = accountant();
        Map<String, String> cash = Map.of("client", customer.client(), "amount", invoice.path("total").asString(),
                "currency", "USD", "method", "cash", "received_on", LocalDate.now(KINSHASA).toString());

        Api.Reply paid = gateway().post("/api/billing/payments/", cash).as(accountant)
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        JsonNode after = gateway().get("/api/billing/invoices/" + invoice.path("id").asString() + "/")
                .as(accountant).send().json();
        assertThat(after.path("status").asString()).isEqualTo("paid");
        assertThat(after.path("balance").asString()).isEqualTo("0.00");
    }

    private static JsonNode meterAsSeen(String token) {
        Api.Reply reply = gateway().get("/api/operations/meters/" + meter + "/").as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The meter's readings in [from, to), newest first. */
    private static JsonNode readings(String token, Instant from, Instant to) {
        Api.Reply reply = gateway().get("/api/operations/meters/" + meter + "/readings/?page_size=100&from=" + from
                + "&to=" + to).as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static BigDecimal registerAt(String token, Instant at) {
        JsonNode page = readings(token, at, at.plusSeconds(1));
        assertThat(page.path("count").asInt()).as("readings at %s: %s", at, page).isEqualTo(1);
        return decimal(page.path("results").get(0), "register_kwh");
    }

    private static JsonNode consumption(String token) {
        Api.Reply reply = gateway().get("/api/operations/contracts/" + contract.id() + "/consumption/?period="
                + PERIOD).as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static Optional<JsonNode> billedConsumption(String accountant) {
        Api.Reply reply = gateway().get("/api/billing/consumptions/?contract=" + contract.id() + "&period=" + PERIOD)
                .as(accountant).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("count").asInt() == 0 ? Optional.empty()
                : Optional.of(reply.json().path("results").get(0));
    }

    private static Optional<JsonNode> completedRunThenInvoice(String accountant) {
        completedRun(accountant);
        JsonNode page = invoicesOfContract(accountant);
        if (page.path("count").asInt() == 0) {
            return Optional.empty();
        }
        String id = page.path("results").get(0).path("id").asString();
        return Optional.of(gateway().get("/api/billing/invoices/" + id + "/").as(accountant).send().json());
    }

    private static JsonNode completedRun(String accountant) {
        return BillingRuns.completedRun(gateway(), accountant, PERIOD);
    }

    private static JsonNode invoicesOfContract(String accountant) {
        return BillingRuns.invoicesOfContract(gateway(), accountant, contract.id());
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asString());
    }

    /** An instant field, normalised (the API may write fractions of a second). */
    private static String instant(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null
                : Instant.parse(node.path(field).asString()).toString();
    }

    private static String admin() {
        return Customers.signIn(gateway(), "admin@mwolo.local", "admin123");
    }

    private static String accountant() {
        return Customers.signIn(gateway(), "comptable@mwolo.local", "comptable123");
    }

    private static Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }
}
