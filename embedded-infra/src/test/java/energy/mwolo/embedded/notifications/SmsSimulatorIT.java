package energy.mwolo.embedded.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import energy.mwolo.contracts.ContractJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The SMS gateway contract billing's SMS adapter is written against, over HTTP on loopback. */
class SmsSimulatorIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String NUMBER = "+243812345678";

    private SmsSimulator simulator;

    @BeforeEach
    void startTheSimulator() {
        simulator = SmsSimulator.start();
    }

    @AfterEach
    void stopTheSimulator() {
        simulator.close();
    }

    @Test
    void acceptsAnSmsWithAnIdAndListsIt() throws Exception {
        Instant before = Instant.now();

        Reply sent = send("{\"to\": \"+243812345678\", \"text\": \"Votre facture F-2026-0042 échoit le 15 mars.\", "
                + "\"reference\": \"reminder-42\"}");

        assertThat(sent.status()).isEqualTo(202);
        String id = sent.json().path("id").asString();
        assertThat(id).isNotBlank();
        JsonNode listed = get("/sms?to=+243812345678").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(id);
        assertThat(listed.get(0).path("to").asString()).isEqualTo(NUMBER);
        assertThat(listed.get(0).path("text").asString()).isEqualTo("Votre facture F-2026-0042 échoit le 15 mars.");
        assertThat(listed.get(0).path("reference").asString()).isEqualTo("reminder-42");
        assertThat(Instant.parse(listed.get(0).path("received_at").asString())).isBetween(before, Instant.now());
    }

    @Test
    void theSameReferenceTwiceIsTheSameSmsKeptOnce() throws Exception {
        String body = "{\"to\": \"+243812345678\", \"text\": \"Rappel\", \"reference\": \"reminder-7\"}";

        Reply first = send(body);
        Reply again = send(body);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(simulator.sent()).hasSize(1);
    }

    @Test
    void aReferenceUsedForAnotherTextIsAConflictAndKeepsTheFirst() throws Exception {
        send("{\"to\": \"+243812345678\", \"text\": \"Rappel\", \"reference\": \"reminder-8\"}");

        Reply other = send("{\"to\": \"+243812345678\", \"text\": \"Autre chose\", \"reference\": \"reminder-8\"}");

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("code").asString()).isEqualTo("reference_reused");
        assertThat(simulator.sent()).extracting(SentSms::text).containsExactly("Rappel");
    }

    @Test
    void withoutAReferenceEverySendIsANewSms() throws Exception {
        Reply first = send("{\"to\": \"+243812345678\", \"text\": \"Bonjour\"}");
        Reply second = send("{\"to\": \"+243812345678\", \"text\": \"Bonjour\"}");

        assertThat(second.json().path("id").asString()).isNotEqualTo(first.json().path("id").asString());
        assertThat(simulator.sentTo(NUMBER)).hasSize(2).allSatisfy(sms -> assertThat(sms.reference()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a national number              | {"to": "0812345678", "text": "Bonjour"}               | invalid_to
            a country code starting with 0 | {"to": "+0812345678", "text": "Bonjour"}              | invalid_to
            spaces in the number           | {"to": "+243 81 234 5678", "text": "Bonjour"}         | invalid_to
            more than 15 digits            | {"to": "+2438123456789012", "text": "Bonjour"}        | invalid_to
            a number as a JSON number      | {"to": 243812345678, "text": "Bonjour"}               | invalid_to
            no number                      | {"text": "Bonjour"}                                   | invalid_to
            an empty text                  | {"to": "+243812345678", "text": ""}                   | invalid_text
            a blank text                   | {"to": "+243812345678", "text": "   "}                | invalid_text
            no text                        | {"to": "+243812345678"}                               | invalid_text
            an empty reference             | {"to": "+243812345678", "text": "a", "reference": ""} | invalid_reference
            a reference that is a number   | {"to": "+243812345678", "text": "a", "reference": 42} | invalid_reference
            not JSON                       | to=+243812345678&text=Bonjour                         | invalid_json
            a JSON array                   | ["+243812345678", "Bonjour"]                          | invalid_json
            """)
    void refusesWhatNoGatewayCouldSendWith400AndKeepsNothing(String what, String body, String code) throws Exception {
        Reply refused = send(body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("code").asString()).isEqualTo(code);
        assertThat(refused.json().path("message").asString()).isNotBlank();
        assertThat(simulator.sent()).isEmpty();
    }

    @Test
    void aTextLongerThanTenPartsIsRefused() throws Exception {
        String text = "x".repeat(SmsSimulator.MAX_TEXT_LENGTH + 1);

        Reply refused = send("{\"to\": \"+243812345678\", \"text\": \"" + text + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(send("{\"to\": \"+243812345678\", \"text\": \"" + text.substring(1) + "\"}").status())
                .isEqualTo(202);
    }

    @Test
    void failsTheNextSendsItIsToldToThenAcceptsTheRetryOnce() throws Exception {
        String body = "{\"to\": \"+243812345678\", \"text\": \"Coupure prévue demain\", \"reference\": \"cut-1\"}";
        assertThat(post("/control/fail-next?count=2", "").status()).isEqualTo(204);

        Reply first = send(body);
        Reply second = send(body);
        Reply third = send(body);
        Reply fourth = send(body);

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json().path("code").asString()).isEqualTo("unavailable");
        assertThat(first.retryAfter()).isEqualTo("1");
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(202);
        assertThat(fourth.status()).isEqualTo(202);
        assertThat(fourth.json().path("id").asString()).isEqualTo(third.json().path("id").asString());
        assertThat(get("/sms").json().size()).isEqualTo(1);
    }

    @Test
    void failNextWithoutACountFailsOneSendAndZeroCancels() throws Exception {
        post("/control/fail-next", "");
        assertThat(send("{\"to\": \"+243812345678\", \"text\": \"a\"}").status()).isEqualTo(503);
        assertThat(send("{\"to\": \"+243812345678\", \"text\": \"a\"}").status()).isEqualTo(202);

        post("/control/fail-next?count=5", "");
        post("/control/fail-next?count=0", "");
        assertThat(send("{\"to\": \"+243812345678\", \"text\": \"b\"}").status()).isEqualTo(202);
        assertThat(post("/control/fail-next?count=-1", "").status()).isEqualTo(400);
        assertThat(post("/control/fail-next?count=many", "").status()).isEqualTo(400);
    }

    @Test
    void listsNewestFirstFilteredByNumberWrittenWithAPlusOrEncoded() throws Exception {
        send("{\"to\": \"+243812345678\", \"text\": \"un\"}");
        send("{\"to\": \"+243998765432\", \"text\": \"deux\"}");
        send("{\"to\": \"+243812345678\", \"text\": \"trois\"}");

        assertThat(texts("/sms")).containsExactly("trois", "deux", "un");
        assertThat(texts("/sms?to=+243812345678")).containsExactly("trois", "un");
        assertThat(texts("/sms?to=%2B243998765432")).containsExactly("deux");
        assertThat(texts("/sms?to=+33612345678")).isEmpty();
    }

    @Test
    void deletingForgetsEverySmsAndReference() throws Exception {
        String body = "{\"to\": \"+243812345678\", \"text\": \"Rappel\", \"reference\": \"reminder-9\"}";
        String before = send(body).json().path("id").asString();

        Reply deleted = send(HttpRequest.newBuilder(uri("/sms")).DELETE());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/sms").json().size()).isZero();
        assertThat(send(body).json().path("id").asString()).isNotEqualTo(before);
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        assertThat(get("/messages").status()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/sms")).PUT(HttpRequest.BodyPublishers.noBody())).status())
                .isEqualTo(405);
        assertThat(get("/control/fail-next").status()).isEqualTo(405);
    }

    @Test
    void aPortInUseIsRefusedNamingIt() {
        assertThatIllegalStateException().isThrownBy(() -> SmsSimulator.start(simulator.port()))
                .withMessageContaining("Port " + simulator.port() + " for the SMS simulator is in use");
    }

    private List<String> texts(String path) throws Exception {
        Reply reply = get(path);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().valueStream().map(sms -> sms.path("text").asString()).toList();
    }

    private Reply send(String json) throws IOException, InterruptedException {
        return post("/sms", json);
    }

    private Reply post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private URI uri(String path) {
        return URI.create(simulator.baseUrl() + path);
    }

    private record Reply(int status, String body, String retryAfter) {

        JsonNode json() {
            return ContractJson.mapper().readTree(body);
        }
    }
}
