package energy.mwolo.crm.geography;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.FakeGeo;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Place ids are checked with geo-service before they are stored; a geo outage refuses such writes with 503. */
class GeoValidationIT extends AbstractApiIT {

    @LocalManagementPort
    private int managementPort;

    private final FakeGeo geo = FakeGeo.instance();

    @Autowired
    private CircuitBreakerRegistry breakers;

    @AfterEach
    void geoComesBack() {
        geo.mode(FakeGeo.Mode.UP);
        // A write whose places are cached succeeds without calling geo, so it cannot tell that the breaker closed:
        // each test starts with a closed breaker, as after a quiet period.
        breakers.circuitBreaker("geo").reset();
        FakeGeo.Tree probe = geo.tree();
        // The breaker may be open after an outage test: wait until writes go through again.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> register(placed(probe)).status() == 201);
    }

    @Test
    void storesConsistentPlaces() {
        FakeGeo.Tree tree = geo.tree();

        Api.Reply reply = register(placed(tree));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("territory").asString()).isEqualTo(tree.territory().toString());
    }

    @Test
    void refusesAnUnknownPlaceOrOneOutsideItsParentNamingTheField() {
        FakeGeo.Tree tree = geo.tree();
        FakeGeo.Tree elsewhere = geo.tree();

        Api.Reply unknown = register(Bodies.with(placed(tree), "province", UUID.randomUUID().toString()));
        Api.Reply outside = register(Bodies.with(placed(tree), "commune", elsewhere.commune().toString()));

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.fieldsInError()).containsExactly("province");
        assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
        assertThat(outside.fieldsInError()).containsExactly("commune");
    }

    @Test
    void whenGeoFailsOrHangsWritesWithPlacesAre503AndReadsAndOtherWritesWork() {
        UUID existing = client();
        geo.mode(FakeGeo.Mode.FAILING);

        Api.Reply failing = register(placed(geo.tree()));
        geo.mode(FakeGeo.Mode.HANGING);
        Api.Reply hanging = register(placed(geo.tree()));
        Api.Reply site = api.post("/api/crm/sites/", Bodies.with(Bodies.site(existing), "province",
                UUID.randomUUID().toString())).as(Tokens.salesAgent()).send();

        assertThat(failing.status()).as(failing.toString()).isEqualTo(503);
        assertThat(failing.json().path("code").asString()).isEqualTo("crm.geo.unavailable");
        assertThat(hanging.status()).as(hanging.toString()).isEqualTo(503);
        assertThat(site.status()).as(site.toString()).isEqualTo(503);
        assertThat(api.get("/api/crm/clients/" + existing + "/").as(Tokens.accountant()).send().status())
                .isEqualTo(200);
        assertThat(api.get("/api/crm/clients/").as(Tokens.accountant()).send().status()).isEqualTo(200);
        assertThat(register(Bodies.individual()).status()).isEqualTo(201);
    }

    @Test
    void theBreakerShowsItsCallsTimeoutsAndOpeningAsMetrics() {
        assertThat(register(placed(geo.tree())).status()).isEqualTo(201);
        double timeoutsBefore = metric("resilience4j_timelimiter_calls_total", "kind=\"timeout\"");

        geo.mode(FakeGeo.Mode.HANGING);
        assertThat(register(placed(geo.tree())).status()).isEqualTo(503);
        geo.mode(FakeGeo.Mode.FAILING);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> register(placed(geo.tree())).status() == 503
                        && metric("resilience4j_circuitbreaker_state", "state=\"open\"") == 1.0);

        assertThat(metric("resilience4j_circuitbreaker_calls_seconds_count", "kind=\"successful\"")).isPositive();
        assertThat(metric("resilience4j_circuitbreaker_calls_seconds_count", "kind=\"failed\"")).isPositive();
        assertThat(metric("resilience4j_timelimiter_calls_total", "kind=\"timeout\"")).isGreaterThan(timeoutsBefore);
        Api.Reply open = register(placed(geo.tree()));
        assertThat(open.status()).isEqualTo(503);
        assertThat(open.code()).isEqualTo("crm.geo.unavailable");
        assertThat(metric("resilience4j_circuitbreaker_not_permitted_calls_total")).isPositive();
    }

    /** The value of the geo instance's series of {@code name} with these labels in /actuator/prometheus. */
    private double metric(String name, String... labels) {
        Api.Reply scrape = new Api("http://localhost:" + managementPort).get("/actuator/prometheus")
                .header("Accept", "text/plain").send();
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        return scrape.body().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("name=\"geo\""))
                .filter(line -> Stream.of(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + List.of(labels) + " for geo in:\n"
                        + scrape.body()));
    }

    private Api.Reply register(Map<String, Object> body) {
        return api.post("/api/crm/clients/", body).as(Tokens.salesAgent()).send();
    }

    private static Map<String, Object> placed(FakeGeo.Tree tree) {
        Map<String, Object> body = new HashMap<>(Bodies.individual());
        body.put("country", tree.country().toString());
        body.put("province", tree.province().toString());
        body.put("commune", tree.commune().toString());
        body.put("territory", tree.territory().toString());
        return body;
    }
}
