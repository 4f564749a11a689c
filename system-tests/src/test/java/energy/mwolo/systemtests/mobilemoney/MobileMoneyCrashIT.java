package energy.mwolo.systemtests.mobilemoney;

import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.PROVIDERS;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.count;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.strings;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.billing.PaymentReceived;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import energy.mwolo.mobilemoney.simulator.SentCallback;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import energy.mwolo.systemtests.RunningPlatform;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A thousand payments, M-Pesa, Airtel and the aggregator in turn, each confirmed by its customer as soon as billing
 * asked for it and called back with ten identical callbacks at once, while billing is killed (SIGKILL) and started
 * again twice: callbacks sent while it is down are lost, callbacks stored but not yet judged wait in its database,
 * callbacks half-judged are judged again once their worker's lease has run out, and requests whose every callback
 * was lost are settled by the status queries. Each payment is credited exactly once, each client's credit is the sum
 * of its payments, each payment is announced once, and every request ends succeeded.
 */
class MobileMoneyCrashIT {

    private static final int PAYMENTS = 1_000;
    private static final int COPIES = 10;
    private static final int CLIENTS = 100;
    private static final int CALLERS = 8;
    private static final List<Provider> MIX = List.of(Provider.MPESA, Provider.AIRTEL, Provider.AGGREGATOR);
    /** Billing is killed when this many payments were asked for, each time. */
    private static final List<Integer> KILLS = List.of(300, 650);

    @RegisterExtension
    static final RunningPlatform PLATFORM = MobileMoneyPlatform.platform();

    private final Map<String, Asked> asked = new ConcurrentHashMap<>();
    private volatile String token;
    /**
     * Callers hold back while billing is down: billing comes back on its port, and a storm of connection attempts
     * meanwhile makes it likelier that the port is taken as some socket's local port when it binds again.
     */
    private volatile boolean down;

    @Test
    void aThousandPaymentsCalledBackTenTimesEachAreCreditedOnceThoughBillingIsKilledTwice() throws Exception {
        MobileMoneyPlatform.callBillingBack(PLATFORM);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> clients = MobileMoneyPlatform.clients(batch, CLIENTS);
        token = MobileMoneyPlatform.accountant(PLATFORM);
        Api billing = new Api(PLATFORM.url(ServiceCatalogue.BILLING));
        long started = System.nanoTime();

        AtomicInteger next = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            running.add(callers.submit(() -> {
                for (int i = next.getAndIncrement(); i < PAYMENTS; i = next.getAndIncrement()) {
                    pay(billing, clients.get(i % CLIENTS), MIX.get(i % MIX.size()), amount(i));
                }
            }));
        }
        List<Long> downtimes = new ArrayList<>();
        for (int kill : KILLS) {
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> asked.size() >= kill);
            long killed = System.nanoTime();
            down = true;
            PLATFORM.kill(ServiceCatalogue.BILLING);
            PLATFORM.restart(ServiceCatalogue.BILLING, Map.of());
            down = false;
            downtimes.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
        }
        for (Future<?> caller : running) {
            caller.get(5, TimeUnit.MINUTES);
        }
        callers.shutdown();
        long allAsked = System.nanoTime();
        List<String> references = List.copyOf(asked.keySet());
        assertThat(references).hasSize(PAYMENTS);

        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from mobile_money_requests where reference = any(?)"
                        + " and status <> 'pending'", references) == PAYMENTS
                        && count("select count(*) from mobile_money_callbacks where verdict is null") == 0);
        long allFinal = System.nanoTime();

        assertThat(strings("select status || ' ' || count(*) from mobile_money_requests where reference = any(?)"
                + " group by status", references)).containsExactly("succeeded " + PAYMENTS);
        assertThat(count("""
                select count(*) from mobile_money_credits c join mobile_money_requests r on r.id = c.request_id
                where r.reference = any(?)""", references)).isEqualTo(PAYMENTS);
        assertThat(count("""
                select count(distinct provider || ' ' || provider_transaction_id) from payments
                where method = 'mobile_money' and client_id::text = any(?)""", clients)).isEqualTo(PAYMENTS);
        Map<UUID, BigDecimal> owed = asked.values().stream().collect(Collectors.groupingBy(Asked::client,
                Collectors.reducing(BigDecimal.ZERO, Asked::amount, BigDecimal::add)));
        for (UUID client : clients) {
            assertThat(MobileMoneyPlatform.creditOf(billing, token, client)).as("credit of client %s", client)
                    .isEqualByComparingTo(owed.get(client));
        }

        // The outbox relay delivers at least once: after a kill it may publish again the last events it had not yet
        // recorded as sent, with their ids, which consumers' inboxes skip. Each payment is one event, none two.
        Map<String, List<PaymentReceived>> announced = announced(new HashSet<>(clients));
        assertThat(announced).hasSize(PAYMENTS);
        assertThat(announced.values()).allSatisfy(copies -> assertThat(copies).containsOnly(copies.get(0)));
        List<PaymentReceived> payments = announced.values().stream().map(copies -> copies.get(0)).toList();
        assertThat(payments.stream().map(PaymentReceived::paymentId).distinct()).hasSize(PAYMENTS);
        assertThat(payments.stream().map(PaymentReceived::providerTransactionId).distinct()).hasSize(PAYMENTS);
        long copiesAgain = announced.values().stream().mapToInt(copies -> copies.size() - 1).sum();

        List<SentCallback> sent = references.stream().flatMap(reference -> PROVIDERS.callbacks(reference).stream())
                .toList();
        long lost = sent.stream().filter(callback -> callback.status() == 0).count();
        assertThat(sent).filteredOn(callback -> callback.status() != 0).extracting(SentCallback::status)
                .containsOnly(200);
        List<String> verdicts = strings("""
                select c.verdict || ' ' || count(*) from mobile_money_callbacks c
                join mobile_money_requests r on r.id = c.request_id
                where r.reference = any(?) group by c.verdict order by c.verdict""", references);
        System.out.printf("MOBILE-MONEY crash: %d payments asked in %d ms (billing killed and back in %s ms), all"
                        + " final %d ms later; callbacks sent %d, lost while billing was down %d; verdicts %s;"
                        + " PaymentReceived events %d, copies relayed again after a kill %d%n",
                PAYMENTS, TimeUnit.NANOSECONDS.toMillis(allAsked - started), downtimes,
                TimeUnit.NANOSECONDS.toMillis(allFinal - allAsked), sent.size(), lost, verdicts, announced.size(),
                copiesAgain);
    }

    /**
     * Asks billing for a payment until it answers 202, with the same key while it is down, then has the customer
     * confirm it: the provider calls back ten times at once. A request billing stored but the provider never heard
     * of (billing killed in between) cannot be paid: it is left to expire and asked for again with a new key.
     */
    private void pay(Api billing, UUID client, Provider provider, BigDecimal amount) {
        String msisdn = MobileMoneyPlatform.number(provider);
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.of(Result.AWAIT_CONFIRMATION).withCopies(COPIES));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client", client.toString());
        body.put("amount", amount.toPlainString());
        body.put("currency", "USD");
        body.put("msisdn", msisdn);
        body.put("provider", provider.key());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            String key = UUID.randomUUID().toString();
            JsonNode request = null;
            while (request == null) {
                assertThat(System.nanoTime()).as("billing never took the payment").isLessThan(deadline);
                if (down) {
                    pause();
                    continue;
                }
                try {
                    Api.Reply reply = billing.post(MobileMoneyPlatform.REQUESTS, body).as(token)
                            .header("Idempotency-Key", key).send();
                    if (reply.status() == 202) {
                        request = reply.json();
                    } else {
                        assertThat(reply.status()).as("payment request: %s", reply).isIn(401, 409, 500, 502, 503);
                        if (reply.status() == 401) {
                            token = MobileMoneyPlatform.accountant(PLATFORM);
                        }
                        pause();
                    }
                } catch (RuntimeException e) {
                    pause();
                }
            }
            String reference = request.path("reference").asString();
            if (PROVIDERS.payment(reference).isPresent()) {
                asked.put(reference, new Asked(client, amount));
                PROVIDERS.confirm(reference);
                return;
            }
        }
    }

    /** Every PaymentReceived of these clients by event id (its copies), once the topic has been quiet for 5 s. */
    private static Map<String, List<PaymentReceived>> announced(Set<UUID> clients) {
        try (KafkaEvents events = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(),
                PaymentReceived.CONTRACT.topic())) {
            Function<ReceivedEvent, PaymentReceived> read = event -> ContractJson.read(event.value(),
                    PaymentReceived.class);
            events.awaitAtLeast(PAYMENTS, event -> PaymentReceived.CONTRACT.type()
                    .equals(event.header(CloudEventHeaders.TYPE)) && clients.contains(read.apply(event).clientId()),
                    Duration.ofMinutes(2));
            return events.readAll(Duration.ofSeconds(5)).stream()
                    .filter(event -> PaymentReceived.CONTRACT.type().equals(event.header(CloudEventHeaders.TYPE)))
                    .filter(event -> clients.contains(read.apply(event).clientId()))
                    .collect(Collectors.groupingBy(event -> event.header(CloudEventHeaders.ID),
                            Collectors.mapping(read, Collectors.toList())));
        }
    }

    /** 1.00 to 1.49 USD, so that each client's credit adds up distinct amounts. */
    private static BigDecimal amount(int i) {
        return BigDecimal.valueOf(100 + i % 50, 2);
    }

    /** Billing is down or busy: a moment before trying again. */
    private static void pause() {
        LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
    }

    private record Asked(UUID client, BigDecimal amount) {
    }
}
