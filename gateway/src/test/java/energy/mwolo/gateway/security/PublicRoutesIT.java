package energy.mwolo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What anyone may reach without a token, and what stays closed to them. */
class PublicRoutesIT extends GatewayIT {

    @ParameterizedTest(name = "{0} {1} reaches {2}")
    @CsvSource({
            "POST, /api/auth/login/, identity",
            "POST, /api/auth/refresh/, identity",
            "POST, /api/auth/register/, identity",
            "POST, /api/auth/password/reset/, identity",
            "POST, /api/auth/password/reset/confirm/, identity",
            "GET, /.well-known/jwks.json, identity",
            "GET, /.well-known/openid-configuration, identity",
            "GET, /api/geo/provinces/, geo",
            "GET, /api/agencies/?province=KN, geo",
            "GET, /api/cms/pages/accueil/, cms",
            "POST, /api/cms/leads/, cms",
            "POST, /api/billing/webhooks/mpesa/, billing"})
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
            "GET, /api/billing/webhooks/mpesa/",
            "GET, /api/hr/employees/",
            "GET, /api/support/tickets/",
            "GET, /actuator/prometheus",
            "GET, /api/nowhere/"})
    void refusesEverythingElseWithoutAToken(String method, String path) {
        Api.Reply reply = api.method(method, path).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("auth.required");
    }

    @org.junit.jupiter.api.Test
    void reportsItsHealthToAnyone() {
        Api.Reply reply = api.get("/actuator/health").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asString()).isEqualTo("UP");
    }
}
