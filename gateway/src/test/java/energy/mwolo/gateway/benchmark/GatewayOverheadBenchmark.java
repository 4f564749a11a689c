package energy.mwolo.gateway.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.GeoServiceProcess;
import energy.mwolo.gateway.Upstreams;
import energy.mwolo.platformtest.Benchmark;
import energy.mwolo.platformtest.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the gateway costs: {@code GET /api/geo/provinces/} with a valid token, straight to the real geo-service and
 * through the gateway, in the same run, on loopback, alternating rounds so both see the same machine. Bounded in
 * requests and time. Runs in the {@code benchmark} Maven profile: one {@code BENCHMARK gateway.overhead} line, and
 * the rounds in detail in the output and in {@code target/benchmark/gateway-overhead.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mwolo.gateway.rate-limits.per-user.capacity=100000000",
        "logging.level.root=WARN"})
class GatewayOverheadBenchmark {

    private static final int CONCURRENCY = Integer.getInteger("mwolo.benchmark.concurrency", 16);
    private static final int WARM_UP = Integer.getInteger("mwolo.benchmark.warm-up", 2000);
    private static final int REQUESTS = Integer.getInteger("mwolo.benchmark.requests", 4000);
    private static final int ROUNDS = 2;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    private static GeoServiceProcess geo;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void realGeoService(DynamicPropertyRegistry registry) {
        geo = GeoServiceProcess.trustingTestIssuer();
        Upstreams.urls().forEach((service, url) -> registry.add("mwolo.gateway.upstreams." + service, () -> url));
        registry.add("mwolo.gateway.upstreams.geo", geo::url);
    }

    @Test
    void costsLittleNextToTheServiceItself() throws Exception {
        String bearer = TestTokens.anyUser().roles("ADMIN").bearer();
        URI direct = URI.create(geo.url() + "/api/geo/provinces/");
        URI gateway = URI.create("http://127.0.0.1:" + port + "/api/geo/provinces/");

        LoadRun.run("warm-up direct", direct, bearer, WARM_UP, CONCURRENCY, TIME_LIMIT);
        LoadRun.run("warm-up gateway", gateway, bearer, WARM_UP, CONCURRENCY, TIME_LIMIT);
        List<LoadRun.Result> directRuns = new ArrayList<>();
        List<LoadRun.Result> gatewayRuns = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            directRuns.add(LoadRun.run("direct #" + round, direct, bearer, REQUESTS, CONCURRENCY, TIME_LIMIT));
            gatewayRuns.add(LoadRun.run("gateway #" + round, gateway, bearer, REQUESTS, CONCURRENCY, TIME_LIMIT));
        }

        LoadRun.Result directTotal = merged("direct", directRuns);
        LoadRun.Result gatewayTotal = merged("gateway", gatewayRuns);
        double ratio = gatewayTotal.requestsPerSecond() / directTotal.requestsPerSecond();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "GET /api/geo/provinces/ with a valid token, %d concurrent clients, %d requests x %d rounds, %d cores%n",
                CONCURRENCY, REQUESTS, ROUNDS, Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < ROUNDS; i++) {
            report.append(directRuns.get(i)).append('\n').append(gatewayRuns.get(i)).append('\n');
        }
        report.append(directTotal).append('\n').append(gatewayTotal).append('\n')
                .append(String.format(Locale.ROOT, "ratio gateway/direct = %.2f%n", ratio));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "gateway-overhead.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("gateway_req_per_s", gatewayTotal.requestsPerSecond());
        figures.put("gateway_p50_ms", gatewayTotal.percentileMillis(50));
        figures.put("gateway_p99_ms", gatewayTotal.percentileMillis(99));
        figures.put("direct_req_per_s", directTotal.requestsPerSecond());
        figures.put("direct_p50_ms", directTotal.percentileMillis(50));
        figures.put("direct_p99_ms", directTotal.percentileMillis(99));
        figures.put("requests", gatewayTotal.completed() + directTotal.completed());
        figures.put("concurrency", CONCURRENCY);
        Benchmark.report("gateway.overhead", figures, new Benchmark.Ratio("gateway/direct", ratio));

        assertThat(directTotal.errors() + gatewayTotal.errors()).isZero();
        assertThat(ratio).isGreaterThanOrEqualTo(0.20);
    }

    private static LoadRun.Result merged(String name, List<LoadRun.Result> runs) throws IOException {
        int completed = runs.stream().mapToInt(LoadRun.Result::completed).sum();
        int errors = runs.stream().mapToInt(LoadRun.Result::errors).sum();
        double seconds = runs.stream().map(LoadRun.Result::seconds).reduce(0.0, Double::sum);
        long[] latencies = runs.stream().flatMapToLong(r -> java.util.Arrays.stream(r.latencies())).sorted().toArray();
        return new LoadRun.Result(name + " (all)", completed, errors, seconds, latencies);
    }
}
