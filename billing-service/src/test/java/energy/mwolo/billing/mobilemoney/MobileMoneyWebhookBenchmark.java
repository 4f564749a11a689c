package energy.mwolo.billing.mobilemoney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.mobilemoney.model.StandardWebhooks;
import energy.mwolo.mobilemoney.simulator.DevCredentials;
import energy.mwolo.platformtest.Benchmark;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The providers' webhook as the aggregator calls it: a signed success for one of our pending requests, verified,
 * stored raw and answered within the request, then matched and credited by the callback workers. Three figures, same
 * run, same HTTP client:
 * <ul>
 * <li>{@code billing.mobile_money.webhook.throughput}: callbacks per second from 8 concurrent callers against a
 * public no-op POST endpoint of this same service (aim: ratio at least 0.25);</li>
 * <li>{@code billing.mobile_money.webhook.latency}: p99 from the moment a callback was due to its answer, at a steady
 * 200 callbacks per second (open loop, so a slow answer delays nothing that follows; aim: at most 100 ms), against
 * the no-op endpoint at the same rate;</li>
 * <li>{@code billing.mobile_money.credit}: callback stored (its {@code received_at}) to credit row
 * ({@code credited_at}), p95 (aim: at most 1 s), against the callback's whole answer time; with it, how many
 * callbacks per second the workers credited during the throughput run (first stored to last credited).</li>
 * </ul>
 * The figures are reported against their aims, not asserted: a benchmark run on a shared machine stays a
 * measurement. It fails only when a callback is not credited within 2 minutes.
 */
@Import(MobileMoneyWebhookBenchmark.NoOp.class)
@TestPropertySource(properties = {
        "mwolo.security.public-paths[0]=POST /api/billing/webhooks/**",
        "mwolo.security.public-paths[1]=POST /bench/no-op/**"})
class MobileMoneyWebhookBenchmark extends AbstractApiIT {

    private static final int WARM_UP = 300;
    private static final int THROUGHPUT_CALLS = 2_000;
    private static final int CALLERS = 8;
    private static final int RATE = 200;
    private static final int STEADY_CALLS = RATE * 10;
    private static final String NO_OP = "/bench/no-op/";
    private static final String WEBHOOK = "/api/billing/webhooks/aggregator/";

    /** Reads the body and answers 200 with nothing: the HTTP, security and servlet cost every request pays. */
    @RestController
    static class NoOp {

        @PostMapping(NO_OP)
        ResponseEntity<Void> nothing(@RequestBody byte[] body) {
            return ResponseEntity.ok().build();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(CALLERS)).build();
    private final AtomicInteger next = new AtomicInteger();
    private List<String> references;

    @Test
    void theWebhookKeepsUpWithItsAims() throws Exception {
        references = pendingAggregatorRequests(WARM_UP * 2 + THROUGHPUT_CALLS + STEADY_CALLS);
        closedLoop(NO_OP, WARM_UP);
        closedLoop(WEBHOOK, WARM_UP);

        double noOpPerSecond = closedLoop(NO_OP, THROUGHPUT_CALLS);
        int firstClosed = next.get();
        double webhookPerSecond = closedLoop(WEBHOOK, THROUGHPUT_CALLS);
        Map<String, Number> throughput = new LinkedHashMap<>();
        throughput.put("callers", CALLERS);
        throughput.put("webhook_per_s", webhookPerSecond);
        throughput.put("no_op_per_s", noOpPerSecond);
        Benchmark.report("billing.mobile_money.webhook.throughput", throughput,
                Benchmark.Ratio.of("webhook", webhookPerSecond, "no_op", noOpPerSecond));

        // The steady run starts with no callback of the closed loops left to credit: its credit times are its own.
        awaitCredited(references.subList(0, next.get()));
        double creditedPerSecond = creditedPerSecond(references.subList(firstClosed, firstClosed + THROUGHPUT_CALLS));
        double[] noOpMillis = openLoop(NO_OP, STEADY_CALLS);
        int firstSteady = next.get();
        double[] webhookMillis = openLoop(WEBHOOK, STEADY_CALLS);
        Map<String, Number> latency = new LinkedHashMap<>();
        latency.put("per_s", RATE);
        latency.put("webhook_p50_ms", percentile(webhookMillis, 50));
        latency.put("webhook_p99_ms", percentile(webhookMillis, 99));
        latency.put("no_op_p99_ms", percentile(noOpMillis, 99));
        Benchmark.report("billing.mobile_money.webhook.latency", latency,
                Benchmark.Ratio.of("webhook_p99", percentile(webhookMillis, 99), "no_op_p99",
                        percentile(noOpMillis, 99)));

        awaitCredited(references.subList(firstSteady, firstSteady + STEADY_CALLS));
        double[] creditMillis = storedToCredited(references.subList(firstSteady, firstSteady + STEADY_CALLS));
        assertThat(creditMillis).as("credits of the steady callbacks; verdicts: %s", verdicts()).hasSize(STEADY_CALLS);
        Map<String, Number> credit = new LinkedHashMap<>();
        credit.put("credits", creditMillis.length);
        credit.put("stored_to_credited_p95_ms", percentile(creditMillis, 95));
        credit.put("closed_loop_credited_per_s", creditedPerSecond);
        credit.put("answer_p95_ms", percentile(webhookMillis, 95));
        Benchmark.report("billing.mobile_money.credit", credit,
                Benchmark.Ratio.of("credited_p95", percentile(creditMillis, 95), "answer_p95",
                        percentile(webhookMillis, 95)));
    }

    /**
     * Requests as billing holds them once the aggregator accepted them, awaiting its callback: one per client, as
     * when many customers pay at the same time.
     */
    private List<String> pendingAggregatorRequests(int count) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into crm_clients (id, number, name, preferred_language, email, status, changed_at)
                        select gen_random_uuid(), 'CL-BENCH-' || ? || '-' || g, 'Client ' || g, 'fr',
                               'bench@example.cd', 'active', now()
                        from generate_series(1, ?) g""")
                .params(batch, count).update();
        jdbc.sql("""
                        insert into mobile_money_requests (id, reference, client_id, amount, currency, provider, msisdn,
                            status, created_at)
                        select gen_random_uuid(), 'BENCH-' || ? || '-' || g, c.id, 5.00, 'USD', 'aggregator',
                               '900000001', 'pending', now()
                        from generate_series(1, ?) g join crm_clients c on c.number = 'CL-BENCH-' || ? || '-' || g""")
                .params(batch, count, batch).update();
        List<String> made = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            made.add("BENCH-" + batch + "-" + i);
        }
        return made;
    }

    /** {@code calls} requests from {@link #CALLERS} callers each waiting for its answer; answers per second. */
    private double closedLoop(String path, int calls) throws Exception {
        AtomicInteger left = new AtomicInteger(calls);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            done.add(CompletableFuture.runAsync(() -> {
                while (left.getAndDecrement() > 0) {
                    assertThat(send(path).join()).isEqualTo(200);
                }
            }, callers));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        callers.shutdown();
        return calls / seconds;
    }

    /** {@code calls} requests sent at {@link #RATE} per second whatever the answers; each one's ms from due to answer. */
    private double[] openLoop(String path, int calls) throws Exception {
        double[] millis = new double[calls];
        List<CompletableFuture<Void>> done = new ArrayList<>(calls);
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        for (int i = 0; i < calls; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            int slot = i;
            done.add(send(path).thenAccept(status -> {
                assertThat(status).isEqualTo(200);
                millis[slot] = (System.nanoTime() - due) / 1e6;
            }));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        return millis;
    }

    private CompletableFuture<Integer> send(String path) {
        byte[] body;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
        if (path.equals(WEBHOOK)) {
            String reference = references.get(next.getAndIncrement());
            body = ("{\"type\":\"payment.succeeded\",\"timestamp\":\"" + Instant.now() + "\",\"data\":{\"id\":\"AG-"
                    + reference + "\",\"reference\":\"" + reference + "\",\"amount\":\"5.00\",\"currency\":\"USD\","
                    + "\"status\":\"succeeded\"}}").getBytes(StandardCharsets.UTF_8);
            String id = "msg_" + reference;
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            request.header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature",
                    StandardWebhooks.sign(DevCredentials.AGGREGATOR_WEBHOOK_SECRET, id, timestamp, body));
        } else {
            body = "{\"type\":\"payment.succeeded\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        }
        return client.sendAsync(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** Callbacks are answered before they are credited: waits (2 minutes at most) until these requests are. */
    private void awaitCredited(List<String> credited) {
        String all = String.join(",", credited);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql("""
                        select count(*) from mobile_money_credits m join mobile_money_requests r on r.id = m.request_id
                        where r.reference = any(string_to_array(?, ','))""")
                .param(all).query(Long.class).single() == credited.size());
    }

    private double[] storedToCredited(List<String> steady) {
        return jdbc.sql("""
                        select extract(epoch from (m.credited_at - c.received_at)) * 1000
                        from mobile_money_credits m join mobile_money_callbacks c on c.request_id = m.request_id
                        join mobile_money_requests r on r.id = m.request_id
                        where r.reference = any(string_to_array(?, ','))""")
                .param(String.join(",", steady)).query(Double.class).list().stream()
                .mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * How fast the workers credit while the webhook is called as fast as it answers: the callbacks' count over the time
     * from the first stored to the last credited.
     */
    private double creditedPerSecond(List<String> references) {
        double seconds = jdbc.sql("""
                        select extract(epoch from (max(m.credited_at) - min(c.received_at)))
                        from mobile_money_credits m join mobile_money_callbacks c on c.request_id = m.request_id
                        join mobile_money_requests r on r.id = m.request_id
                        where r.reference = any(string_to_array(?, ','))""")
                .param(String.join(",", references)).query(Double.class).single();
        return references.size() / seconds;
    }

    private List<String> verdicts() {
        return jdbc.sql("select verdict || ' ' || count(*) from mobile_money_callbacks group by verdict")
                .query(String.class).list();
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }
}
