package energy.mwolo.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Tokens;
import org.junit.jupiter.api.Test;

/** What the gateway adds, removes and refuses on every request, whatever the route. */
class EdgeIT extends GatewayIT {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void givesARequestWithoutAnIdANewOneAndPassesItOn() {
        Api.Reply reply = api.get("/api/geo/provinces/").send();

        assertThat(reply.header("X-Request-Id")).matches(UUID);
        assertThat(StubUpstream.forwarded(reply, "x-request-id")).isEqualTo(reply.header("X-Request-Id"));
    }

    @Test
    void keepsTheCallersRequestId() {
        Api.Reply reply = api.get("/api/geo/provinces/").header("X-Request-Id", "portal-7f3a.42").send();

        assertThat(reply.header("X-Request-Id")).isEqualTo("portal-7f3a.42");
        assertThat(StubUpstream.forwarded(reply, "x-request-id")).isEqualTo("portal-7f3a.42");
    }

    @Test
    void replacesARequestIdThatIsNotSane() {
        Api.Reply reply = api.get("/api/geo/provinces/").header("X-Request-Id", "<script>alert(1)</script>").send();

        assertThat(reply.header("X-Request-Id")).matches(UUID);
        assertThat(StubUpstream.forwarded(reply, "x-request-id")).matches(UUID);
    }

    @Test
    void putsTheRequestIdOnItsOwnAnswersToo() {
        Api.Reply reply = api.get("/api/hr/employees/").header("X-Request-Id", "trace-me").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("X-Request-Id")).isEqualTo("trace-me");
    }

    @Test
    void stripsHeadersOnlyThePlatformMaySet() {
        Api.Reply reply = api.get("/api/crm/clients/").as(Tokens.user("CLIENT"))
                .header("X-User-Id", "00000000-0000-0000-0000-000000000001")
                .header("X-User-Roles", "SUPER_ADMIN")
                .header("X-Forwarded-User", "admin@mwolo.local")
                .header("X-Internal-Caller", "billing-service")
                .header("X-Portal-Version", "2.3.1")
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("headers").propertyNames())
                .doesNotContain("x-user-id", "x-user-roles", "x-forwarded-user", "x-internal-caller")
                .contains("x-portal-version", "authorization");
    }

    @Test
    void tellsTheServiceTheClientAddress() {
        Api.Reply reply = api.get("/api/geo/provinces/").from("192.0.2.77").send();

        assertThat(StubUpstream.forwarded(reply, "x-forwarded-for")).isEqualTo("192.0.2.77");
    }

    @Test
    void tellsTheServiceTheAddressTheClientCalled() {
        Api.Reply reply = api.get("/api/geo/provinces/?page=2").send();

        assertThat(StubUpstream.forwarded(reply, "x-forwarded-host")).isEqualTo("127.0.0.1:" + port());
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-proto")).isEqualTo("http");
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-port")).isEqualTo(Integer.toString(port()));
    }

    @Test
    void passesOnWhatTheTrustedLoadBalancerSaysTheClientCalled() {
        Api.Reply reply = api.get("/api/geo/provinces/").from("192.0.2.78")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "portail.mwolo.test")
                .send();

        assertThat(StubUpstream.forwarded(reply, "x-forwarded-host")).isEqualTo("portail.mwolo.test");
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-proto")).isEqualTo("https");
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-port")).isNull();
    }

    @Test
    void passesOnNoForwardedHeaderAClientMadeUp() {
        Api.Reply reply = api.fromPeer("127.0.0.2").get("/api/geo/provinces/")
                .header("X-Forwarded-For", "192.0.2.79")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "8443")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "for=192.0.2.79;host=evil.example;proto=https")
                .header("X-Real-IP", "192.0.2.79")
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-for")).isEqualTo("127.0.0.2");
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-host")).isEqualTo("127.0.0.1:" + port());
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-proto")).isEqualTo("http");
        assertThat(StubUpstream.forwarded(reply, "x-forwarded-port")).isEqualTo(Integer.toString(port()));
        assertThat(reply.json().path("headers").propertyNames())
                .doesNotContain("forwarded", "x-real-ip", "x-forwarded-prefix");
    }

    @Test
    void continuesTheCallersTrace() {
        Api.Reply reply = api.get("/api/geo/provinces/")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").send();

        assertThat(StubUpstream.forwarded(reply, "traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void startsATraceWhenThereIsNone() {
        Api.Reply reply = api.get("/api/geo/provinces/").send();

        assertThat(StubUpstream.forwarded(reply, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void hardensEveryAnswer() {
        Api.Reply forwarded = api.get("/api/geo/provinces/").send();
        Api.Reply refused = api.get("/api/hr/employees/").send();

        for (Api.Reply reply : new Api.Reply[] {forwarded, refused}) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void refusesABodyDeclaredTooLarge() {
        Api.Reply reply = api.method("POST", "/api/crm/clients/").as(Tokens.user("SALES_AGENT"))
                .body(new byte[65 * 1024]).send();

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("request.too_large");
    }

    @Test
    void refusesAStreamedBodyThatGrowsTooLarge() {
        Api.Reply reply = api.method("POST", "/api/crm/clients/").as(Tokens.user("SALES_AGENT"))
                .chunkedBody(new byte[200 * 1024]).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("request.too_large");
    }

    @Test
    void acceptsLargerBodiesWhereConfigured() {
        Api.Reply reply = api.method("POST", "/api/support/tickets/TK-1/attachments/").as(Tokens.user("CLIENT"))
                .body(new byte[200 * 1024]).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void letsTheConfiguredFrontendCallFromABrowser() {
        Api.Reply reply = api.method("OPTIONS", "/api/crm/clients/")
                .header("Origin", CORS_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(CORS_ORIGIN);
    }

    @Test
    void refusesOtherOrigins() {
        Api.Reply reply = api.method("OPTIONS", "/api/crm/clients/")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        Api.Reply reply = api.get("/api/nowhere/").as(Tokens.user("ADMIN")).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("resource.not_found");
    }
}
