package energy.mwolo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** What anyone may reach without a token, and what stays closed to them. */
class PublicRoutesIT extends GatewayIT {

    @LocalManagementPort
    private int managementPort;

    @ParameterizedTest(name = "{0} {1} reaches {2}")
    @CsvSource({
            "POST, /api/auth/login/, identity",
            "POST, /api/auth/refresh/, identity",
            "POST, /api/auth/register/, identity",
            "POST, /api/auth/register/confirm/, identity",
            "POST, /api/auth/register/resend/, identity",
            "POST, /api/auth/password/reset/, identity",
            "POST, /api/auth/password/reset/confirm/, identity",
            "GET, /.well-known/jwks.json, identity",
            "GET, /.well-known/openid-configuration, identity",
            "GET, /api/geo/provinces/, geo",
            "GET, /api/agencies/?province=KN, geo",
            "GET, /api/cms/pages/accueil/, cms",
            "POST, /api/cms/leads/, cms",
            "POST, /api/cms/testimonial-submissions/, cms",
            "POST, /api/cms/newsletter/confirm/, cms",
            "POST, /api/cms/job-offers/4f1c2a9e-0000-4000-8000-000000000001/applications/, cms",
            "POST, /api/billing/webhooks/mpesa/, billing",
            "POST, /api/hr/kiosk-clockings/, hr"})
    void reachesPublicRoutesWithoutAToken(String method, String path, String service) {
        Api.Call call = api.method(method, path).from("198.51.100." + Math.abs(path.hashCode() % 250));
        if (method.equals("POST")) {
            call.body("{\"email\":\"" + path.hashCode() + "@example.cd\"}");
        }

        Api.Reply reply = call.send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(StubUpstream.answeredBy(reply)).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0} {1} needs a token")
    @CsvSource({
            "GET, /api/auth/me/",
            "GET, /api/auth/login/",
            "POST, /api/geo/provinces/",
            "DELETE, /api/agencies/AG-KN-001/",
            "POST, /api/cms/pages/",
            "POST, /api/cms/job-offers/",
            "GET, /api/billing/webhooks/mpesa/",
            "GET, /api/hr/employees/",
            "GET, /api/hr/kiosk-clockings/",
            "POST, /api/hr/kiosks/",
            "GET, /api/support/tickets/",
            "GET, /api/nowhere/"})
    void refusesEverythingElseWithoutAToken(String method, String path) {
        Api.Reply reply = api.method(method, path).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("auth.required");
    }

    @Test
    void reportsItsHealthAndMetricsOnItsManagementPort() {
        Api management = new Api("http://127.0.0.1:" + managementPort);
        api.get("/api/cms/pages/accueil/").send();

        Api.Reply health = management.get("/actuator/health/readiness").send();
        Api.Reply metrics = management.get("/actuator/prometheus").header("Accept", "text/plain").send();

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        // Exchanges are timed, neither each security filter nor each exchange in flight (see SecurityConfiguration).
        assertThat(metrics.body()).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_")
                .doesNotContain("http_server_requests_active_seconds");
    }

    @ParameterizedTest(name = "{0} is not served on the public port")
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
            "/actuator/info", "/actuator/env"})
    void servesNoActuatorOnItsPublicPort(String path) {
        Api.Reply anonymous = api.get(path).send();
        Api.Reply superAdmin = api.get(path).as(Tokens.user("SUPER_ADMIN")).send();

        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(404);
        assertThat(superAdmin.status()).as(superAdmin.toString()).isEqualTo(404);
    }
}
