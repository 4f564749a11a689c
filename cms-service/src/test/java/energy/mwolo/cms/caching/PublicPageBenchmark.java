package energy.mwolo.cms.caching;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Benchmark;
import energy.mwolo.platformtest.HttpLoad;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    @LocalServerPort
    private int port;

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
        List<HttpLoad.Result> full = new ArrayList<>();
        List<HttpLoad.Result> revalidated = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            full.add(load(client, page, null, REQUESTS, 200));
            revalidated.add(load(client, page, etag, REQUESTS, 304));
        }

        HttpLoad.Result fullTotal = HttpLoad.Result.merged(full);
        HttpLoad.Result revalidatedTotal = HttpLoad.Result.merged(revalidated);
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

    private static HttpLoad.Result load(HttpClient client, URI uri, String etag, int requests, int expected)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        HttpRequest request = etag == null ? builder.build() : builder.header("If-None-Match", etag).build();
        return HttpLoad.run(client, request, expected, requests, CONCURRENCY, TIME_LIMIT);
    }
}
