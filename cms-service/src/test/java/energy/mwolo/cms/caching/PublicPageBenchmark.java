package energy.mwolo.cms.caching;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Benchmark;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A published page read by anonymous clients, as a full 200 and as a revalidation answered 304 (same URL, the
 * ETag of the first answer in {@code If-None-Match}), straight to the service on loopback, alternating rounds so
 * both see the same machine. One {@code BENCHMARK cms.public_page} line: requests per second and p50/p99 of each,
 * and the ratio 304/200 (aim: at least 2).
 */
class PublicPageBenchmark extends AbstractApiIT {

    private static final int CONCURRENCY = Integer.getInteger("mwolo.benchmark.concurrency", 16);
    private static final int WARM_UP = Integer.getInteger("mwolo.benchmark.warm-up", 2000);
    private static final int REQUESTS = Integer.getInteger("mwolo.benchmark.requests", 4000);
    private static final int ROUNDS = 2;

    @LocalServerPort
    private int port;

    record Run(int completed, int errors, double seconds, long[] latencies) {

        double perSecond() {
            return completed / seconds;
        }

        double percentileMillis(int p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
        }

        static Run merged(List<Run> runs) {
            return new Run(runs.stream().mapToInt(Run::completed).sum(), runs.stream().mapToInt(Run::errors).sum(),
                    runs.stream().mapToDouble(Run::seconds).sum(),
                    runs.stream().flatMapToLong(run -> Arrays.stream(run.latencies())).toArray());
        }
    }

    @Test
    void aRevalidationCostsLessThanAFullAnswer() throws Exception {
        String content = "<p>" + "Le raccordement au réseau de Mwolo Energy. ".repeat(200) + "</p>";
        Api.Reply created = post("/api/cms/pages/", Map.of("fr", Map.of("slug", "banc-d-essai", "title", "Banc",
                "content", content), "publish", true), Tokens.admin());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        URI page = URI.create("http://127.0.0.1:" + port + "/api/cms/pages/banc-d-essai/");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String etag = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();

        load(client, page, null, WARM_UP, 200);
        load(client, page, etag, WARM_UP, 304);
        List<Run> full = new ArrayList<>();
        List<Run> revalidated = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            full.add(load(client, page, null, REQUESTS, 200));
            revalidated.add(load(client, page, etag, REQUESTS, 304));
        }

        Run fullTotal = Run.merged(full);
        Run revalidatedTotal = Run.merged(revalidated);
        double ratio = revalidatedTotal.perSecond() / fullTotal.perSecond();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("full_200_req_per_s", fullTotal.perSecond());
        figures.put("full_200_p50_ms", fullTotal.percentileMillis(50));
        figures.put("full_200_p99_ms", fullTotal.percentileMillis(99));
        figures.put("revalidated_304_req_per_s", revalidatedTotal.perSecond());
        figures.put("revalidated_304_p50_ms", revalidatedTotal.percentileMillis(50));
        figures.put("revalidated_304_p99_ms", revalidatedTotal.percentileMillis(99));
        figures.put("page_bytes", content.length());
        figures.put("concurrency", CONCURRENCY);
        System.out.println(String.format(Locale.ROOT, "cms public page: 200 %.0f req/s, 304 %.0f req/s, ratio %.2f",
                fullTotal.perSecond(), revalidatedTotal.perSecond(), ratio));
        Benchmark.report("cms.public_page", figures, new Benchmark.Ratio("304/200", ratio));

        assertThat(fullTotal.errors() + revalidatedTotal.errors()).isZero();
    }

    /** {@code requests} GETs from {@code CONCURRENCY} clients; an answer of another status counts as an error. */
    private static Run load(HttpClient client, URI uri, String etag, int requests, int expected) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        HttpRequest request = etag == null ? builder.build() : builder.header("If-None-Match", etag).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CONCURRENCY; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != expected) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> each : clients) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(requests, errors.get(), (System.nanoTime() - start) / 1e9, latencies);
    }
}
