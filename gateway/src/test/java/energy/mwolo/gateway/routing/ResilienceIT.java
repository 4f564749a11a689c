package energy.mwolo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.gateway.Tokens;
import energy.mwolo.gateway.Upstreams;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A service that is down or slow: quick 503s, never a hang. The test configuration gives operations-service a 1 s
 * response timeout and a breaker that opens after 4 calls with half failed and tries again after 2 s.
 */
class ResilienceIT extends GatewayIT {

    @Autowired
    private CircuitBreakerRegistry breakers;

    private final StubUpstream operations = Upstreams.stub("operations");

    @AfterEach
    void operationsRecovers() {
        operations.healthy();
        resetBreaker();
    }

    /** Only an existing breaker: creating one here would give it the registry's defaults, not the gateway's. */
    private void resetBreaker() {
        breakers.find("operations").ifPresent(CircuitBreaker::reset);
    }

    @Test
    void answers503QuicklyWhenAServiceIsNotRunning() {
        Api.Reply reply = api.get("/api/audit/entries/").as(Tokens.user("ADMIN")).send();

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo("upstream.unavailable");
        assertThat(reply.json().path("detail").asString()).contains("audit");
        assertThat(reply.took()).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void tripsTheBreakerOnASlowServiceAndRecovers() {
        resetBreaker();
        operations.slow(Duration.ofSeconds(3));

        for (int i = 0; i < 4; i++) {
            Api.Reply timedOut = meters();
            assertThat(timedOut.status()).as(timedOut.toString()).isEqualTo(503);
            assertThat(timedOut.code()).isEqualTo("upstream.timeout");
            assertThat(timedOut.took()).isLessThan(Duration.ofMillis(2500));
        }

        Api.Reply open = meters();
        assertThat(open.status()).isEqualTo(503);
        assertThat(open.code()).isEqualTo("upstream.unavailable");
        assertThat(open.header("Retry-After")).isEqualTo("2");
        assertThat(open.took()).isLessThan(Duration.ofMillis(500));

        operations.healthy();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(meters().status()).isEqualTo(200));
        for (int i = 0; i < 3; i++) {
            assertThat(meters().status()).isEqualTo(200);
        }
    }

    /** More concurrent calls than the reactive breaker's default bulkhead (25) would let through. */
    @Test
    void keepsTheBreakerClosedUnderOrdinaryConcurrentLoad() throws InterruptedException {
        resetBreaker();
        operations.slow(Duration.ofMillis(300));
        List<Thread> clients = new ArrayList<>();
        Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
        for (int c = 0; c < 40; c++) {
            String token = Tokens.user("OPERATIONS");
            clients.add(new Thread(() -> statuses.add(api.get("/api/operations/meters/").as(token).send().status())));
        }

        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join();
        }

        assertThat(statuses).hasSize(40).containsOnly(200);
    }

    private Api.Reply meters() {
        return api.get("/api/operations/meters/").as(Tokens.user("OPERATIONS")).send();
    }
}
