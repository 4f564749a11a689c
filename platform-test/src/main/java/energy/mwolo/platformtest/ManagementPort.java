package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The check every service makes of its actuator: health probes and Prometheus answer on the management port (never
 * routed by the gateway), and the main port, the one the gateway forwards to, serves none of the exposed endpoints:
 * 404, with or without a token. Requests are timed, not each of their security filters.
 */
public final class ManagementPort {

    private static final List<String> ACTUATOR = List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info");

    private ManagementPort() {
    }

    /**
     * @param main       the service's main port
     * @param management its management port
     * @param token      any valid token, to show that being signed in changes nothing on the main port
     */
    public static void assertActuatorServedOnlyOn(Api management, Api main, String token) {
        assertThat(management.get("/actuator/health/liveness").send().status()).as("liveness").isEqualTo(200);
        Api.Reply readiness = management.get("/actuator/health/readiness").send();
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        Api.Reply metrics = management.get("/actuator/prometheus").header("Accept", "text/plain").send();
        assertThat(metrics.status()).as("Prometheus on the management port").isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        for (String path : ACTUATOR) {
            Api.Reply anonymous = main.get(path).send();
            Api.Reply signedIn = main.get(path).as(token).send();
            assertThat(anonymous.status()).as("%s on the main port: %s", path, anonymous).isEqualTo(404);
            assertThat(signedIn.status()).as("%s on the main port, signed in: %s", path, signedIn).isEqualTo(404);
        }
        assertMeasuredWithoutPerFilterObservations(management);
    }

    /**
     * Requests are timed (http.server.requests), but neither each security filter (Spring Security's observations)
     * nor each request in flight (the observations' long task timers) is: a fifth of a small request's CPU went
     * there, for series no dashboard reads.
     */
    private static void assertMeasuredWithoutPerFilterObservations(Api management) {
        String scrape = management.get("/actuator/prometheus").header("Accept", "text/plain").send().body();
        assertThat(scrape).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_")
                .doesNotContain("http_server_requests_active_seconds");
    }
}
