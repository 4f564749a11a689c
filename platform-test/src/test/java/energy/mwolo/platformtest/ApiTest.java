package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What {@link Api} sends and how it reads answers, against a loopback server that echoes each request. */
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static HttpServer echo;
    private static Api api;

    @BeforeAll
    static void startEcho() throws IOException {
        echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        echo.createContext("/", ApiTest::answer);
        echo.start();
        api = new Api("http://127.0.0.1:" + echo.getAddress().getPort());
    }

    @AfterAll
    static void stopEcho() {
        echo.stop(0);
    }

    @Test
    void sendsObjectsAsJsonAndStringsAsTheyAre() {
        JsonNode asJson = api.post("/things/", Map.of("name", "Gombe")).send().json();
        JsonNode asIs = api.patch("/things/1/", "{\"name\": \"unfinished").send().json();

        assertThat(asJson.path("method").asString()).isEqualTo("POST");
        assertThat(JSON.readTree(asJson.path("body").asString()).path("name").asString()).isEqualTo("Gombe");
        assertThat(asJson.path("headers").path("content-type").asString()).isEqualTo("application/json");
        assertThat(asIs.path("body").asString()).isEqualTo("{\"name\": \"unfinished");
    }

    @Test
    void acceptsJsonAndProblemsUnlessTheCallOrTheApiSaysOtherwise() {
        assertThat(header(api.get("/").send(), "accept")).isEqualTo("application/json, application/problem+json");
        assertThat(header(api.get("/").header("Accept", "text/csv").send(), "accept")).isEqualTo("text/csv");
        assertThat(header(api.withHeader("Accept", "*/*").get("/").send(), "accept")).isEqualTo("*/*");
    }

    @Test
    void defaultHeadersGoWithEveryCallAndANewDefaultReplacesTheOldOne() {
        Api fromAfar = api.from("192.0.2.1").withHeader("Accept-Language", "en").from("192.0.2.2");

        Api.Reply reply = fromAfar.delete("/things/1/").as("token-1").send();

        assertThat(header(reply, "x-forwarded-for")).isEqualTo("192.0.2.2");
        assertThat(header(reply, "accept-language")).isEqualTo("en");
        assertThat(header(reply, "authorization")).isEqualTo("Bearer token-1");
        assertThat(header(api.get("/").send(), "x-forwarded-for")).as("the original Api is unchanged").isNull();
    }

    @Test
    void sendsBinaryAndChunkedBodies() {
        byte[] bytes = "\u0000\u0001binary".getBytes(StandardCharsets.UTF_8);

        Api.Reply whole = api.method("PUT", "/files/").body(bytes).send();
        Api.Reply chunked = api.method("PUT", "/files/").chunkedBody(bytes).send();

        assertThat(whole.json().path("length").asInt()).isEqualTo(bytes.length);
        assertThat(header(whole, "content-type")).isEqualTo("application/octet-stream");
        assertThat(chunked.json().path("length").asInt()).isEqualTo(bytes.length);
        assertThat(header(chunked, "transfer-encoding")).isEqualTo("chunked");
    }

    @Test
    void callsFromAnotherLocalAddressWhenAskedTo() {
        Api fromElsewhere = api.fromPeer("127.0.0.2").withHeader("X-Forwarded-Host", "evil.example");

        Api.Reply reply = fromElsewhere.post("/things/?page=2", Map.of("name", "Gombe")).as("token-2").send();
        Api.Reply chunked = fromElsewhere.get("/chunked").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("peer").asString()).isEqualTo("127.0.0.2");
        assertThat(reply.json().path("query").asString()).isEqualTo("page=2");
        assertThat(JSON.readTree(reply.json().path("body").asString()).path("name").asString()).isEqualTo("Gombe");
        assertThat(header(reply, "x-forwarded-host")).isEqualTo("evil.example");
        assertThat(header(reply, "authorization")).isEqualTo("Bearer token-2");
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(chunked.json().path("peer").asString()).isEqualTo("127.0.0.2");
        assertThat(api.get("/").send().json().path("peer").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void readsProblemsHeadersAndLocations() {
        Api.Reply problem = api.get("/problem").send();
        Api.Reply plain = api.get("/").send();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.fieldsInError()).containsExactly("name", "phone");
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.location()).isEqualTo("/things/7/");
        assertThat(problem.header("X-Missing")).isNull();
        assertThat(problem.took()).isPositive();
        assertThatThrownBy(plain::location).isInstanceOf(AssertionError.class).hasMessageContaining("Location");
    }

    private static String header(Api.Reply reply, String name) {
        JsonNode value = reply.json().path("headers").get(name);
        return value == null ? null : value.asString();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] received = exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals("/problem")) {
                respond(exchange, 400, "application/problem+json", Map.of("code", "request.invalid", "errors",
                        List.of(Map.of("field", "name"), Map.of("field", "phone"))), "/things/7/", false);
                return;
            }
            Map<String, Object> echoed = new LinkedHashMap<>();
            echoed.put("method", exchange.getRequestMethod());
            echoed.put("peer", exchange.getRemoteAddress().getAddress().getHostAddress());
            echoed.put("query", exchange.getRequestURI().getRawQuery());
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            echoed.put("headers", headers);
            echoed.put("length", received.length);
            echoed.put("body", new String(received, StandardCharsets.UTF_8));
            respond(exchange, 200, "application/json", echoed, null,
                    exchange.getRequestURI().getPath().equals("/chunked"));
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, Object body, String location,
            boolean chunked) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", type);
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
