package energy.mwolo.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-in, refresh and registration bodies reach identity-service only as JSON objects of at most 4 KiB. */
class CredentialBodiesIT extends GatewayIT {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/auth/login/", "/api/auth/refresh/", "/api/auth/register/"})
    void passesASmallJsonObjectOnAsItCame(String path) {
        String body = "{\"email\":\"intact@example.cd\",\"password\":\"Kinshasa-2026 é\"}";

        Api.Reply reply = api.post(path, body).from(freshAddress()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("body").asString()).isEqualTo(body);
        assertThat(StubUpstream.forwarded(reply, "content-length"))
                .isEqualTo(Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/auth/login/", "/api/auth/refresh/", "/api/auth/register/"})
    void refusesABodyThatIsNotAJsonObject(String path) {
        for (String body : new String[] {"{\"email\": \"owner@example.cd\", \"password\": ", "[\"owner@example.cd\"]",
                "email=owner@example.cd&password=x", "\"owner@example.cd\"", ""}) {
            Api.Reply reply = api.post(path, body).from(freshAddress()).send();

            assertThat(reply.status()).as("%s %s: %s", path, body, reply).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("request.invalid_body");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/auth/login/", "/api/auth/refresh/", "/api/auth/register/"})
    void refusesABodyPaddedPastFourKibibytesWhetherItsLengthIsDeclaredOrStreamed(String path) {
        byte[] padded = ("{\"email\":\"owner@example.cd\"," + " ".repeat(4096) + "\"password\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply declared = api.method("POST", path).from(freshAddress()).body(padded).send();
        Api.Reply streamed = api.method("POST", path).from(freshAddress()).chunkedBody(padded).send();

        for (Api.Reply reply : new Api.Reply[] {declared, streamed}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("request.invalid_body");
            assertThat(reply.json().path("detail").asString()).contains("JSON");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/auth/password/reset/", "/api/cms/leads/"})
    void leavesOtherPublicBodiesToTheirService(String path) {
        Api.Reply reply = api.post(path, "not json").from(freshAddress()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "203.0.113." + (n % 250 + 1);
    }
}
