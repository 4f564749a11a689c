package energy.mwolo.systemtests.website;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.platformtest.Benchmark;
import energy.mwolo.platformtest.HttpLoad;
import energy.mwolo.systemtests.RunningPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the website's visitors get from a published page through the real gateway: full answers (200) against
 * revalidations ({@code If-None-Match} with the page's ETag: 304), 16 anonymous clients, alternating rounds so both
 * see the same machine, and the same two loads straight to cms-service beside them. Bounded in requests and time;
 * runs in the {@code benchmark} profile only. Aim: a 304 at least twice the throughput of a 200 through the gateway.
 */
class PublicPageThroughGatewayBenchmark {

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM,
            ServiceCatalogue.CMS).withGateway();

    private static final int CONCURRENCY = Integer.getInteger("mwolo.benchmark.concurrency", 16);
    private static final int WARM_UP = Integer.getInteger("mwolo.benchmark.warm-up", 2000);
    private static final int REQUESTS = Integer.getInteger("mwolo.benchmark.requests", 4000);
    private static final int ROUNDS = 2;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    @Test
    void aRevalidationThroughTheGatewayCostsLessThanAFullAnswer() throws Exception {
        String slug = "banc-" + UUID.randomUUID().toString().substring(0, 8);
        String content = "<p>" + "Le raccordement au réseau de Mwolo Energy. ".repeat(200) + "</p>";
        Api gateway = new Api(PLATFORM.gatewayUrl());
        Reply signedIn = gateway.post("/api/auth/login/", Map.of("email", "admin@mwolo.local",
                "password", "admin123")).send();
        Reply created = gateway.post("/api/cms/pages/", Map.of("fr", Map.of("slug", slug, "title", "Banc d’essai",
                "content", content), "publish", true)).as(signedIn.json().path("access").asString()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/cms/pages/" + slug + "/";
        String etag = gateway.get(path).send().header("ETag");
        assertThat(etag).isNotBlank();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, HttpLoad.Result> totals = new LinkedHashMap<>();
        for (String target : List.of("gateway", "direct")) {
            URI page = URI.create((target.equals("gateway") ? PLATFORM.gatewayUrl()
                    : PLATFORM.url(ServiceCatalogue.CMS)) + path);
            HttpRequest full = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build();
            HttpRequest revalidation = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10))
                    .header("If-None-Match", etag).build();
            HttpLoad.run(client, full, 200, WARM_UP, CONCURRENCY, TIME_LIMIT);
            HttpLoad.run(client, revalidation, 304, WARM_UP, CONCURRENCY, TIME_LIMIT);
            List<HttpLoad.Result> fulls = new ArrayList<>();
            List<HttpLoad.Result> revalidations = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                fulls.add(HttpLoad.run(client, full, 200, REQUESTS, CONCURRENCY, TIME_LIMIT));
                revalidations.add(HttpLoad.run(client, revalidation, 304, REQUESTS, CONCURRENCY, TIME_LIMIT));
            }
            totals.put(target + "_200", HttpLoad.Result.merged(fulls));
            totals.put(target + "_304", HttpLoad.Result.merged(revalidations));
        }

        Map<String, Number> figures = new LinkedHashMap<>();
        totals.forEach((name, result) -> {
            figures.put(name + "_req_per_s", result.perSecond());
            figures.put(name + "_p50_ms", result.percentileMillis(50));
            figures.put(name + "_p99_ms", result.percentileMillis(99));
        });
        figures.put("page_bytes", content.length());
        figures.put("concurrency", CONCURRENCY);
        double ratio = totals.get("gateway_304").perSecond() / totals.get("gateway_200").perSecond();
        System.out.println(String.format(Locale.ROOT, "cms public page through the gateway: 200 %.0f req/s, 304 %.0f"
                + " req/s, ratio %.2f (aim 2)", totals.get("gateway_200").perSecond(),
                totals.get("gateway_304").perSecond(), ratio));
        Benchmark.report("cms.public_page_gateway", figures, new Benchmark.Ratio("304/200", ratio));

        assertThat(totals.values()).allSatisfy(result -> assertThat(result.errors()).isZero());
    }
}
