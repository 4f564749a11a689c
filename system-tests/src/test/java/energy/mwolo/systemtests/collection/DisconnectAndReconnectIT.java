package energy.mwolo.systemtests.collection;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.billing.AccountOverdue;
import energy.mwolo.contracts.billing.MobileMoneyPaymentStarted;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.contracts.iot.MeterCommand;
import energy.mwolo.contracts.operations.DisconnectionDecided;
import energy.mwolo.contracts.operations.DisconnectionHoldPlaced;
import energy.mwolo.contracts.operations.DisconnectionHoldReleased;
import energy.mwolo.contracts.operations.MeterReconnected;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.meters.MeterRelays;
import energy.mwolo.mobilemoney.simulator.MobileMoneySimulator;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.mobilemoney.simulator.SentCallback;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import energy.mwolo.platformtest.ServiceEvents;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.BillingRuns;
import energy.mwolo.systemtests.billing.Customers;
import energy.mwolo.systemtests.collection.LoopCustomers.Customer;
import energy.mwolo.systemtests.collection.TopicWatch.Seen;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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
 * The collection loop over the real identity, geo, crm, billing and operations services behind the gateway, with the
 * mobile-money simulator (M-Pesa) and simulated meter relays answering commands after a device delay of one second.
 * billing invoices a month, is restarted thirty days on and reports the unpaid contracts overdue; operations, its
 * clock moved by {@code MWOLO_OPERATIONS_CLOCK_OFFSET} and restarted at each stage, decides when to cut: on a Sunday
 * it waits, at 16:30 on the Monday it still waits, on 30 June (independence day) it still waits, on 1 July at 10:00
 * it cuts, at most 20 per agency and hour (an alert for the rest). A customer who pays by M-Pesa is reconnected
 * within seconds; a payment under way holds the cut and a failed one lets it happen; billing's events redelivered or
 * overtaken cut nothing. Passes are asked for through {@code POST /api/operations/disconnections/pass}, as a person
 * on the devstack would after moving the clock. The steps build on one another, in order.
 *
 * <p>The benchmark: the customers cut on 1 July in the benchmark's agencies (20 in a build, 200 when asked) pay by
 * M-Pesa; from each callback billing accepted to the
 * reconnection command on {@code iot.meter-commands}, and to operations recording the meter's acknowledgement
 * (MeterReconnected), printed as {@code BENCHMARK} lines against the aims (p95 5 s and 10 s).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisconnectAndReconnectIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final YearMonth PERIOD = YearMonth.now(KINSHASA).minusMonths(1);
    private static final Duration ASYNC = Duration.ofSeconds(120);
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The default per-agency hourly limit: each benchmark agency gets exactly as many cuts as one hour allows. */
    private static final int PER_AGENCY_PER_HOUR = 20;
    /**
     * Customers who pay in the benchmark step, by twenties: 20 in a build, 200 for the figure
     * ({@code -Dmwolo.system-tests.collection.payments=200}).
     */
    private static final int BENCH_AGENCIES = Math.max(1,
            Integer.getInteger("mwolo.system-tests.collection.payments", 20) / PER_AGENCY_PER_HOUR);
    private static final int CAP_AGENCY_CUSTOMERS = PER_AGENCY_PER_HOUR + 5;
    private static final Duration DEVICE_DELAY = Duration.ofSeconds(1);

    /** The stages of operations' clock, Kinshasa time: a Sunday, the Monday after at 16:30, 30 June, 1 July. */
    private static final LocalDate SUNDAY = LocalDate.now(KINSHASA).plusDays(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    private static final Instant SUNDAY_TEN = at(SUNDAY, 10, 0);
    private static final Instant MONDAY_HALF_PAST_FOUR = at(SUNDAY.plusDays(1), 16, 30);
    private static final LocalDate INDEPENDENCE_DAY = nextAfter(SUNDAY, MonthDay.of(6, 30));
    private static final Instant INDEPENDENCE_DAY_TEN = at(INDEPENDENCE_DAY, 10, 0);
    private static final LocalDate CUT_DAY = nextWorkingDay(INDEPENDENCE_DAY.plusDays(1));
    private static final Instant CUT_DAY_TEN = at(CUT_DAY, 10, 0);

    /** Started before the services, so that billing is given its providers' URLs. */
    private static final MobileMoneySimulator MOBILE_MONEY = MobileMoneySimulator.start();

    @RegisterExtension
    static final RunningPlatform PLATFORM = withMobileMoney(RunningPlatform.of(ServiceCatalogue.IDENTITY,
                    ServiceCatalogue.GEO, ServiceCatalogue.CRM, ServiceCatalogue.BILLING,
                    ServiceCatalogue.OPERATIONS)
            .withGateway()
            // The scenario starts billing's runs and passes itself: no schedule may bill or remind behind its back.
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_RUN_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_OVERDUE_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_PASS_AT_START", "false")
            // operations' "now" is the stage's; the waiting cuts are looked at when the scenario asks.
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_OPERATIONS_CLOCK_OFFSET", () -> offsetTo(SUNDAY_TEN))
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_OPERATIONS_DISCONNECTIONS_PASS_INTERVAL", "PT1H")
            .environment(ServiceCatalogue.OPERATIONS, "MWOLO_OPERATIONS_DISCONNECTIONS_NOTICE_INTERVAL", "PT1S"));

    private static MeterRelays relays;
    private static TopicWatch commands;
    private static TopicWatch meterEvents;
    private static String meterPrefix;
    /** Pays by M-Pesa once cut. */
    private static Customer main;
    /** Has a payment under way when its cut falls due. */
    private static Customer paying;
    /** Its site becomes a clinic after billing reported it. */
    private static Customer clinic;
    private static List<Customer> capped;
    private static List<Customer> benchmark;

    @BeforeAll
    static void customersWithMetersInAgencies() throws Exception {
        String gateway = PLATFORM.gatewayUrl();
        MOBILE_MONEY.callbackUrl(Provider.MPESA, gateway + "/api/billing/webhooks/mpesa/");
        // The customer takes half a second to enter the PIN; then M-Pesa calls billing back.
        MOBILE_MONEY.defaultScenario(Provider.MPESA, Scenario.success(Duration.ofMillis(500)));
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();
        meterPrefix = "LP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        relays = MeterRelays.start(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)), meterPrefix,
                DEVICE_DELAY);
        commands = TopicWatch.start(kafka.adminClientProperties(), Topics.IOT_METER_COMMANDS);
        meterEvents = TopicWatch.start(kafka.adminClientProperties(), Topics.OPERATIONS_METER_EVENTS);

        LoopCustomers customers = new LoopCustomers(new Api(gateway), meterPrefix);
        LocalDate start = PERIOD.atDay(1);
        LocalDate installed = LocalDate.now(KINSHASA);
        String home = customers.openAgency("Agence de Limete " + meterPrefix);
        String capAgency = customers.openAgency("Agence de Masina " + meterPrefix);
        List<String> benchAgencies = IntStream.range(0, BENCH_AGENCIES)
                .mapToObj(i -> customers.openAgency("Agence " + i + " " + meterPrefix)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            main = customers.customer(home, "Kabila", start, installed);
            paying = customers.customer(home, "Mbuyi", start, installed);
            clinic = customers.customer(home, "Kalala", start, installed);
            capped = all(pool, IntStream.range(0, CAP_AGENCY_CUSTOMERS).mapToObj(i -> (java.util.concurrent
                    .Callable<Customer>) () -> customers.customer(capAgency, "Masina", start, installed)).toList());
            benchmark = all(pool, IntStream.range(0, BENCH_AGENCIES * PER_AGENCY_PER_HOUR).mapToObj(i ->
                    (java.util.concurrent.Callable<Customer>) () -> customers.customer(
                            benchAgencies.get(i % BENCH_AGENCIES), "Mukendi", start, installed)).toList());
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void stopSimulators() {
        for (AutoCloseable closeable : new AutoCloseable[] {relays, commands, meterEvents, MOBILE_MONEY}) {
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
    @Order(1)
    void onASundayTheOverdueContractsWaitForTheNextWindowAndTheCustomerIsTold() {
        String accountant = accountant();
        // OPERATIONS holds the paying customer's contract (a dispute being looked at), recorded with the actor.
        Api.Reply hold = gateway().put("/api/operations/contracts/" + paying.contract() + "/disconnection-hold",
                Map.of("note", "Réclamation en cours")).as(operations()).send();
        assertThat(hold.status()).as(hold.toString()).isEqualTo(200);

        // billing hears of the contracts through crm's events: a run that starts before it does bills nothing for them.
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(2)).until(() -> {
            BillingRuns.completedRun(gateway(), accountant, PERIOD);
            return everyone().stream().allMatch(c -> BillingRuns.invoicesOfContract(gateway(), accountant,
                    c.contract()).path("count").asInt() == 1);
        });
        PLATFORM.restart(ServiceCatalogue.BILLING, Map.of("MWOLO_BILLING_CLOCK_OFFSET", "P30D"));
        JsonNode pass = dunningPass(accountant);

        assertThat(pass.path("accounts_reported").asInt()).as(pass.toString()).isGreaterThanOrEqualTo(
                everyone().size());
        JsonNode waiting = awaitDecision(main, "waiting");
        assertThat(waiting.path("reason").asString()).isEqualTo("outside_cut_window");
        assertThat(Instant.parse(waiting.path("not_before").asString()))
                .isEqualTo(at(SUNDAY.plusDays(1), 8, 0));
        assertThat(awaitDecision(paying, "waiting").path("reason").asString()).isEqualTo("contract_on_hold");
        everyone().forEach(c -> awaitDecision(c, "waiting"));
        assertThat(commandsTo(everyone())).as("commands on a Sunday").isEmpty();
        // One notice of the cut scheduled, by SMS and by e-mail, with the amount to pay.
        assertThat(Awaitility.await().atMost(ASYNC).until(() -> PLATFORM.sms().sentTo(main.phone()).stream()
                .filter(sms -> sms.text().startsWith("Mwolo Energy : votre contrat")).toList(),
                list -> !list.isEmpty()))
                .singleElement().satisfies(sms -> assertThat(sms.text()).contains(main.contractNumber())
                        .contains("29.00 USD"));
        assertThat(Awaitility.await().atMost(ASYNC).until(() -> PLATFORM.mails().messagesTo(main.email()).stream()
                .filter(mail -> mail.subject().startsWith("Mwolo Energy : coupure programmée")).toList(),
                list -> !list.isEmpty()))
                .singleElement().satisfies(mail -> assertThat(mail.text()).contains("29.00 USD"));
        try (KafkaEvents holds = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(),
                Topics.OPERATIONS_DISCONNECTION_HOLD_EVENTS)) {
            ReceivedEvent placed = holds.awaitAtLeast(1, e -> paying.contract().equals(e.key()), ASYNC).get(0);
            assertThat(placed.header(CloudEventHeaders.TYPE)).isEqualTo(DisconnectionHoldPlaced.CONTRACT.type());
            assertThat(ContractJson.read(placed.value(), DisconnectionHoldPlaced.class).note())
                    .isEqualTo("Réclamation en cours");
        }
    }

    @Test
    @Order(2)
    void atHalfPastFourOnMondayNothingIsCutAndASiteThatBecameAClinicIsRefused() {
        LoopCustomers customers = new LoopCustomers(gateway(), meterPrefix);
        customers.protect(clinic);
        ReceivedEvent clinicOpened = siteMadeProtected(clinic);

        moveOperationsTo(MONDAY_HALF_PAST_FOUR);
        // A pass before operations heard of it would judge the site as it was.
        awaitOperationsConsumed(clinicOpened);
        JsonNode pass = pass();

        assertThat(pass.path("examined").asInt()).as(pass.toString()).isGreaterThanOrEqualTo(benchmark.size());
        JsonNode refused = awaitDecision(clinic, "refused");
        assertThat(refused.path("reason").asString()).isEqualTo("protected_site");
        assertThat(commandsTo(everyone())).as("commands at 16:30").isEmpty();
    }

    @Test
    @Order(3)
    void onThirtiethOfJuneNothingIsCut() {
        moveOperationsTo(INDEPENDENCE_DAY_TEN);
        JsonNode pass = pass();

        assertThat(pass.path("examined").asInt()).as(pass.toString()).isGreaterThanOrEqualTo(benchmark.size());
        assertThat(commandsTo(everyone())).as("commands on 30 June").isEmpty();
    }

    @Test
    @Order(4)
    void onTheFirstOfJulyAtTenTheCutsHappenWithinTheAgenciesLimitsAndTheRestWaitWithAnAlert() {
        moveOperationsTo(CUT_DAY_TEN);
        pass();

        JsonNode cut = awaitDecision(main, "cut_ordered");
        assertThat(cut.path("reason").asString()).isEqualTo("overdue");
        Awaitility.await().atMost(ASYNC).until(() -> relays.isOpen(main.meterNumber()));
        Awaitility.await().atMost(ASYNC).until(() -> "disconnected".equals(meter(main).path("relay_state")
                .asString()));
        benchmark.forEach(c -> awaitDecision(c, "cut_ordered"));
        Awaitility.await().atMost(ASYNC).until(() -> benchmark.stream().allMatch(c -> relays.isOpen(c.meterNumber())));
        List<JsonNode> cappedDecisions = capped.stream().map(c -> awaitDecisions(c, 2).get(1)).toList();
        assertThat(cappedDecisions.stream().filter(d -> "cut_ordered".equals(d.path("outcome").asString())))
                .hasSize(PER_AGENCY_PER_HOUR);
        List<JsonNode> limited = cappedDecisions.stream()
                .filter(d -> "waiting".equals(d.path("outcome").asString())).toList();
        assertThat(limited).hasSize(CAP_AGENCY_CUSTOMERS - PER_AGENCY_PER_HOUR)
                .allSatisfy(d -> {
                    assertThat(d.path("reason").asString()).isEqualTo("agency_hourly_limit");
                    assertThat(d.path("alert").asBoolean()).isTrue();
                });
        List<String> limitedMeters = limited.stream().map(d -> d.path("meter").asString()).toList();
        Awaitility.await().atMost(ASYNC).until(() -> meterEvents.seen(e -> limitedMeters.contains(e.key())
                && DisconnectionDecided.CONTRACT.type().equals(e.header(CloudEventHeaders.TYPE))
                && ContractJson.read(e.value(), DisconnectionDecided.class).alert()).size() == limitedMeters.size());
        assertThat(lastDecision(paying).path("reason").asString()).isEqualTo("contract_on_hold");
        assertThat(commandsTo(List.of(paying, clinic))).isEmpty();
    }

    @Test
    @Order(5)
    void theCustomerPaysByMpesaAndIsReconnectedAndBillingsEventsAgainCutNothing() throws Exception {
        String reference = mpesa(main, accountant());

        JsonNode back = awaitDecision(main, "reconnect_ordered");
        assertThat(back.path("reason").asString()).isEqualTo("settled");
        Awaitility.await().atMost(ASYNC).until(() -> !relays.isOpen(main.meterNumber()));
        Awaitility.await().atMost(ASYNC).until(() -> "connected".equals(meter(main).path("relay_state").asString()));
        assertThat(MOBILE_MONEY.callbacks(reference)).extracting(SentCallback::status).contains(200);
        Awaitility.await().atMost(ASYNC).until(() -> PLATFORM.sms().sentTo(main.phone()).stream()
                .anyMatch(sms -> sms.text().contains("rétablie")));
        Awaitility.await().atMost(ASYNC).until(() -> PLATFORM.mails().messagesTo(main.email()).stream()
                .anyMatch(mail -> mail.text().contains("rétablie")));

        // billing's report of the overdue contract again: redelivered as it was, and as a new event of the same
        // period that arrives after the settlement (older than it): neither cuts.
        ReceivedEvent overdue;
        try (KafkaEvents accounts = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(), Topics.BILLING_ACCOUNT_EVENTS)) {
            overdue = accounts.awaitAtLeast(1, e -> main.contract().equals(e.key())
                    && AccountOverdue.CONTRACT.type().equals(e.header(CloudEventHeaders.TYPE)), ASYNC).get(0);
        }
        AccountOverdue report = ContractJson.read(overdue.value(), AccountOverdue.class);
        try (ServiceEvents billing = ServiceEvents.as(PLATFORM.kafkaBootstrapServers(), ServiceCatalogue.BILLING)) {
            billing.publish(UUID.fromString(overdue.header(CloudEventHeaders.ID)), AccountOverdue.CONTRACT,
                    main.contract(), report);
            billing.publish(AccountOverdue.CONTRACT, main.contract(), report);
        }
        JsonNode ignored = awaitDecision(main, "ignored");
        pass();
        Thread.sleep(QUIET.toMillis());

        assertThat(ignored.path("reason").asString()).isEqualTo("stale_event");
        assertThat(decisions(main).stream().filter(d -> "cut_ordered".equals(d.path("outcome").asString())))
                .hasSize(1);
        // A command sent again (same id) before its acknowledgement is one command.
        assertThat(commandsTo(List.of(main)).stream().map(c -> c.commandId() + " " + c.action()).distinct()
                .map(c -> c.substring(c.indexOf(' ') + 1)))
                .containsExactly(MeterCommand.DISCONNECT, MeterCommand.RECONNECT);
        assertThat(relays.isOpen(main.meterNumber())).isFalse();
    }

    @Test
    @Order(6)
    void aPaymentUnderWayHoldsTheCutAndOnceItFailsTheNextPassCuts() throws Exception {
        MOBILE_MONEY.scenarioForMsisdn(paying.phone(), Scenario.of(Scenario.Result.AWAIT_CONFIRMATION));
        String reference = mpesa(paying, accountant());
        awaitOperationsHeardOfThePayment(paying);

        Api.Reply release = gateway().delete("/api/operations/contracts/" + paying.contract()
                + "/disconnection-hold").as(operations()).send();
        pass();
        JsonNode held = lastDecision(paying);
        List<MeterCommand> whileHeld = commandsTo(List.of(paying));
        MOBILE_MONEY.confirm(reference, Scenario.Result.FAILURE, null);
        JsonNode cut = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1)).until(() -> {
            pass();
            return decisions(paying).stream().filter(d -> "cut_ordered".equals(d.path("outcome").asString()))
                    .findFirst();
        }, Optional::isPresent).orElseThrow();

        assertThat(release.json().path("changed").asBoolean()).as(release.toString()).isTrue();
        assertThat(held.path("outcome").asString()).isEqualTo("waiting");
        assertThat(held.path("reason").asString()).isEqualTo("payment_pending");
        assertThat(whileHeld).isEmpty();
        assertThat(cut.path("reason").asString()).isEqualTo("overdue");
        Awaitility.await().atMost(ASYNC).until(() -> relays.isOpen(paying.meterNumber()));
        try (KafkaEvents holds = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(),
                Topics.OPERATIONS_DISCONNECTION_HOLD_EVENTS)) {
            assertThat(holds.awaitAtLeast(2, e -> paying.contract().equals(e.key()), ASYNC))
                    .extracting(e -> e.header(CloudEventHeaders.TYPE))
                    .containsExactly(DisconnectionHoldPlaced.CONTRACT.type(),
                            DisconnectionHoldReleased.CONTRACT.type());
        }
    }

    @Test
    @Order(7)
    void theCustomersCutPayByMpesaAndAreReconnectedWithinSeconds() throws Exception {
        Map<String, Customer> byReference = new ConcurrentHashMap<>();
        String accountant = accountant();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Instant started = Instant.now();
        try {
            List<Future<?>> asked = new ArrayList<>();
            for (Customer customer : benchmark) {
                asked.add(pool.submit(() -> byReference.put(mpesa(customer, accountant), customer)));
            }
            for (Future<?> request : asked) {
                request.get();
            }
        } finally {
            pool.shutdown();
        }
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> reconnected(benchmark).size() == benchmark.size());
        Duration took = Duration.between(started, Instant.now());

        List<Long> toCommand = new ArrayList<>();
        List<Long> toAcknowledged = new ArrayList<>();
        Map<String, Instant> commandAt = reconnectCommands(benchmark);
        Map<String, Instant> acknowledgedAt = reconnected(benchmark);
        byReference.forEach((reference, customer) -> {
            Instant accepted = MOBILE_MONEY.callbacks(reference).stream().filter(c -> c.status() == 200)
                    .map(SentCallback::sentAt).min(Instant::compareTo).orElseThrow();
            toCommand.add(Duration.between(accepted, commandAt.get(customer.meterNumber())).toMillis());
            toAcknowledged.add(Duration.between(accepted, acknowledgedAt.get(customer.meterNumber())).toMillis());
        });
        String command = figures("collection.callback_to_reconnect_command", toCommand, 5_000);
        String acknowledged = figures("collection.callback_to_acknowledgement", toAcknowledged, 10_000);
        System.out.println(command);
        System.out.println(acknowledged);
        System.out.println("BENCHMARK collection.payments n=" + benchmark.size() + " total_s="
                + took.toSeconds() + " device_delay_ms=" + DEVICE_DELAY.toMillis());

        assertThat(toCommand).hasSize(benchmark.size()).allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(toAcknowledged).allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(DEVICE_DELAY.toMillis()));
        assertThat(benchmark).allSatisfy(c -> assertThat(relays.isOpen(c.meterNumber())).isFalse());
    }

    // --- stages ------------------------------------------------------------------------------------------------

    /** operations restarted with its clock at {@code instant} (plus the time its start takes). */
    private static void moveOperationsTo(Instant instant) {
        PLATFORM.restart(ServiceCatalogue.OPERATIONS, Map.of("MWOLO_OPERATIONS_CLOCK_OFFSET", offsetTo(instant)));
    }

    private static String offsetTo(Instant instant) {
        return Duration.between(Instant.now(), instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
    }

    private static JsonNode pass() {
        Api.Reply pass = gateway().post("/api/operations/disconnections/pass", Map.of()).as(operations())
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        return pass.json();
    }

    private static JsonNode dunningPass(String accountant) {
        Api.Reply pass = gateway().post("/api/billing/dunning/passes/", Map.of()).as(accountant)
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        return pass.json();
    }

    /** The accountant asks M-Pesa to collect the customer's 29.00 USD from its phone; answers billing's reference. */
    private static String mpesa(Customer customer, String accountant) {
        Api.Reply asked = gateway().post("/api/billing/mobile-money/requests/", Map.of("client", customer.client(),
                        "amount", "29.00", "currency", "USD", "msisdn", customer.phone(), "provider", "mpesa"))
                .as(accountant).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        return asked.json().path("reference").asString();
    }

    /** Until operations' consumer group is past billing's MobileMoneyPaymentStarted for the customer. */
    private static void awaitOperationsHeardOfThePayment(Customer customer) throws Exception {
        try (KafkaEvents payments = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(), Topics.BILLING_PAYMENT_EVENTS)) {
            awaitOperationsConsumed(payments.awaitAtLeast(1, e -> MobileMoneyPaymentStarted.CONTRACT.type()
                    .equals(e.header(CloudEventHeaders.TYPE)) && e.value().contains(customer.client()), ASYNC).get(0));
        }
    }

    /** crm's SiteUpdated that made the customer's site protected. */
    private static ReceivedEvent siteMadeProtected(Customer customer) {
        try (KafkaEvents sites = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(), Topics.CRM_SITE_EVENTS)) {
            return sites.awaitAtLeast(1, e -> customer.site().equals(e.key())
                    && SiteUpdated.CONTRACT.type().equals(e.header(CloudEventHeaders.TYPE))
                    && ContractJson.read(e.value(), SiteUpdated.class).isProtected(), ASYNC).get(0);
        }
    }

    /** Until operations' consumer group has committed past {@code event}: its effect is in operations' database. */
    private static void awaitOperationsConsumed(ReceivedEvent event) {
        TopicPartition partition = new TopicPartition(event.topic(), event.partition());
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();
        try (Admin admin = Admin.create(kafka.adminClientProperties())) {
            Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() -> {
                ListConsumerGroupOffsetsResult offsets = admin.listConsumerGroupOffsets("operations-service");
                OffsetAndMetadata committed = offsets.partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > event.offset();
            });
        }
    }

    // --- what the scenario reads -------------------------------------------------------------------------------

    private static List<Customer> everyone() {
        List<Customer> all = new ArrayList<>(List.of(main, paying, clinic));
        all.addAll(capped);
        all.addAll(benchmark);
        return all;
    }

    private static List<JsonNode> decisions(Customer customer) {
        Api.Reply reply = gateway().get("/api/operations/contracts/" + customer.contract() + "/decisions/")
                .as(operations()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().valueStream().toList();
    }

    private static JsonNode lastDecision(Customer customer) {
        List<JsonNode> all = decisions(customer).stream().filter(d -> !d.path("meter").isNull()).toList();
        return all.get(all.size() - 1);
    }

    private static JsonNode awaitDecision(Customer customer, String outcome) {
        return Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> decisions(customer).stream().filter(d -> outcome.equals(d.path("outcome").asString()))
                        .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The customer's decisions about its meter, once there are {@code count}. */
    private static List<JsonNode> awaitDecisions(Customer customer, int count) {
        return Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> decisions(customer).stream().filter(d -> !d.path("meter").isNull()).toList(),
                        list -> list.size() >= count);
    }

    private static JsonNode meter(Customer customer) {
        Api.Reply reply = gateway().get("/api/operations/meters/" + customer.meter() + "/").as(operations()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<MeterCommand> commandsTo(List<Customer> customers) {
        List<String> numbers = customers.stream().map(Customer::meterNumber).toList();
        return commands.seen(c -> numbers.contains(c.key())).stream()
                .map(c -> ContractJson.read(c.value(), MeterCommand.class)).toList();
    }

    /** The first reconnection command of each customer's meter, when it left operations. */
    private static Map<String, Instant> reconnectCommands(List<Customer> customers) {
        List<String> numbers = customers.stream().map(Customer::meterNumber).toList();
        Map<String, Instant> first = new ConcurrentHashMap<>();
        for (Seen seen : commands.seen(c -> numbers.contains(c.key()))) {
            if (MeterCommand.RECONNECT.equals(ContractJson.read(seen.value(), MeterCommand.class).action())) {
                first.merge(seen.key(), seen.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    /**
     * When operations had recorded each meter's acknowledged reconnection: MeterReconnected's record on
     * {@code operations.meter.events}, which the outbox relay publishes once the recording transaction committed (its
     * {@code occurred_at} is the meter's own time of acting, not operations' recording).
     */
    private static Map<String, Instant> reconnected(List<Customer> customers) {
        List<String> meters = customers.stream().map(Customer::meter).toList();
        Map<String, Instant> at = new ConcurrentHashMap<>();
        for (Seen seen : meterEvents.seen(e -> meters.contains(e.key())
                && MeterReconnected.CONTRACT.type().equals(e.header(CloudEventHeaders.TYPE)))) {
            MeterReconnected event = ContractJson.read(seen.value(), MeterReconnected.class);
            at.merge(event.meterNumber(), seen.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return at;
    }

    private static String figures(String name, List<Long> millis, long aimP95) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long p50 = percentile(sorted, 50);
        long p95 = percentile(sorted, 95);
        return String.format("BENCHMARK %s n=%d p50_ms=%d p95_ms=%d max_ms=%d aim_p95_ms=%d ratio=%.3f", name,
                sorted.size(), p50, p95, sorted.get(sorted.size() - 1), aimP95, (double) p95 / aimP95);
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    // --- set-up ------------------------------------------------------------------------------------------------

    private static RunningPlatform withMobileMoney(RunningPlatform platform) {
        MOBILE_MONEY.billingEnvironment().forEach((name, value) ->
                platform.environment(ServiceCatalogue.BILLING, name, value));
        return platform;
    }

    private static <T> List<T> all(ExecutorService pool, List<java.util.concurrent.Callable<T>> tasks)
            throws Exception {
        List<T> done = new ArrayList<>();
        for (Future<T> future : pool.invokeAll(tasks)) {
            done.add(future.get());
        }
        return done;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(KINSHASA).toInstant();
    }

    private static LocalDate nextAfter(LocalDate day, MonthDay monthDay) {
        LocalDate candidate = monthDay.atYear(day.getYear());
        return candidate.isAfter(day) ? candidate : monthDay.atYear(day.getYear() + 1);
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }

    private static String accountant() {
        return Customers.signIn(gateway(), "comptable@mwolo.local", "comptable123");
    }

    private static String operations() {
        return Customers.signIn(gateway(), "operations@mwolo.local", "operations123");
    }
}
