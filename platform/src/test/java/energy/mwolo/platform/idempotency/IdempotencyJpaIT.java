package energy.mwolo.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency-Key in a service whose use cases run in JPA transactions, through real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=notes-service",
        "mwolo.outbox.relay.enabled=false",
        "spring.jpa.hibernate.ddl-auto=validate"})
class IdempotencyJpaIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private NotesApplication.TakingNotes taking;

    @Autowired
    private Notes notes;

    @Autowired
    private IdempotencyPurge purge;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private final UUID writer = UUID.randomUUID();

    @AfterEach
    void healTheUseCase() {
        taking.failAfterWriting(false);
        taking.pause(Duration.ZERO);
    }

    @Test
    void theUseCasesRunInAJpaTransaction() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAgainAndTakesNoSecondNote() {
        String text = unique("retry");

        Reply first = post("/api/notes/", text, writer, "key-" + text);
        Reply retry = post("/api/notes/", text, writer, "key-" + text);

        assertThat(first.status).as(first.body).isEqualTo(201);
        assertThat(first.header("Idempotency-Replayed")).isNull();
        assertThat(retry.status).isEqualTo(201);
        assertThat(retry.body).isEqualTo(first.body);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(notes.countByText(text)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedInFrenchOrInEnglish() {
        String key = unique("key");
        assertThat(post("/api/notes/", unique("first"), writer, key).status).isEqualTo(201);

        Reply french = post("/api/notes/", unique("second"), writer, key);
        Reply english = send(request("/api/notes/", "{\"text\":\"third\"}", writer, key)
                .header("Accept-Language", "en").build());

        assertThat(french.status).isEqualTo(422);
        assertThat(french.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(french.json().path("code").asString()).isEqualTo("idempotency.key_reused");
        assertThat(french.json().path("detail").asString()).startsWith("Cette clé Idempotency-Key a déjà servi");
        assertThat(english.json().path("detail").asString())
                .startsWith("This Idempotency-Key was already used for a different request");
        assertThat(notes.countByText("third")).isZero();
    }

    @Test
    void concurrentRequestsWithOneKeyTakeOneNoteAndTheOthersAreToldToRetryOrGetItsAnswer() throws Exception {
        taking.pause(Duration.ofMillis(300));
        String text = unique("concurrent");
        int requests = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                Callable<Reply> call = () -> {
                    start.await();
                    return post("/api/notes/", text, writer, "key-" + text);
                };
                replies.add(pool.submit(call));
            }
            start.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get());
            }

            assertThat(notes.countByText(text)).isEqualTo(1);
            assertThat(answered).extracting(r -> r.status).containsOnly(201, 409).contains(409);
            assertThat(answered).filteredOn(r -> r.status == 201 && r.header("Idempotency-Replayed") == null)
                    .hasSize(1);
            assertThat(answered).filteredOn(r -> r.status == 409).allSatisfy(r -> {
                assertThat(r.json().path("code").asString()).isEqualTo("idempotency.in_progress");
                assertThat(r.header("Retry-After")).isEqualTo("1");
            });
        } finally {
            pool.shutdownNow();
        }
        taking.pause(Duration.ZERO);
        Reply afterwards = post("/api/notes/", text, writer, "key-" + text);
        assertThat(afterwards.status).isEqualTo(201);
        assertThat(afterwards.header("Idempotency-Replayed")).isEqualTo("true");
    }

    @Test
    void aUseCaseThatFailsAfterItsWriteLeavesNeitherTheNoteNorTheKeyAndItsRetryRunsNormally() {
        String text = unique("failing");
        String key = "key-" + text;
        taking.failAfterWriting(true);

        Reply failed = post("/api/notes/", text, writer, key);

        assertThat(failed.status).isEqualTo(409);
        assertThat(failed.json().path("code").asString()).isEqualTo("notes.refused");
        assertThat(failed.header("Location")).isNull();
        assertThat(notes.countByText(text)).isZero();
        assertThat(keys(key)).isZero();

        taking.failAfterWriting(false);
        Reply retry = post("/api/notes/", text, writer, key);

        assertThat(retry.status).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isNull();
        assertThat(notes.countByText(text)).isEqualTo(1);
        assertThat(keys(key)).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheUseCaseReturnedUndoesItsWriteWithTheKeyBecauseBothShareOneTransaction() {
        String text = unique("unanswerable");
        String key = "key-" + text;

        Reply failed = post("/api/notes/", text, writer, key);

        assertThat(failed.status).isEqualTo(500);
        assertThat(failed.json().path("code").asString()).isEqualTo("internal.error");
        assertThat(notes.countByText(text)).as("the use case's own transaction joined the request's").isZero();
        assertThat(keys(key)).isZero();
    }

    @Test
    void aCallerWithoutThePermissionLeavesNoKey() {
        String key = unique("key");
        HttpRequest forbidden = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notes/"))
                .header("Authorization", "Bearer " + TestTokens.user(writer).roles("EMPLOYEE").mint())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"forbidden\"}"))
                .build();

        assertThat(send(forbidden).status).isEqualTo(403);
        assertThat(keys(key)).isZero();
    }

    @Test
    void anotherCallerMayUseTheSameKeyWithoutMeetingTheFirstCallersAnswer() {
        String text = unique("shared");
        Reply mine = post("/api/notes/", text, writer, "shared-key-" + text);
        Reply theirs = post("/api/notes/", text, UUID.randomUUID(), "shared-key-" + text);

        assertThat(theirs.status).isEqualTo(201);
        assertThat(theirs.header("Idempotency-Replayed")).isNull();
        assertThat(theirs.header("Location")).isNotEqualTo(mine.header("Location"));
        assertThat(notes.countByText(text)).isEqualTo(2);
    }

    @Test
    void aKeyPastItsRetentionIsLikeANewOne() {
        String text = unique("expired");
        String key = "key-" + text;
        Reply first = post("/api/notes/", text, writer, key);
        ageKey(key, Duration.ofHours(24).plusMinutes(1));

        Reply later = post("/api/notes/", text, writer, key);

        assertThat(later.status).isEqualTo(201);
        assertThat(later.header("Idempotency-Replayed")).isNull();
        assertThat(later.header("Location")).isNotEqualTo(first.header("Location"));
        assertThat(notes.countByText(text)).isEqualTo(2);
    }

    @Test
    void thePurgeDeletesKeysPastTheirRetentionAndKeepsTheOthers() {
        String old = unique("old");
        String fresh = unique("fresh");
        post("/api/notes/", old, writer, old);
        post("/api/notes/", fresh, writer, fresh);
        ageKey(old, Duration.ofHours(25));

        assertThat(purge.purge()).isPositive();

        assertThat(keys(old)).isZero();
        assertThat(keys(fresh)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestRunsAsBefore() {
        String text = unique("keyless");

        assertThat(post("/api/notes/", text, writer, null).status).isEqualTo(201);
        assertThat(post("/api/notes/", text, writer, null).status).isEqualTo(201);
        assertThat(notes.countByText(text)).isEqualTo(2);
    }

    @Test
    void anEndpointThatRequiresAKeyRefusesARequestWithoutOne() {
        String text = unique("unkeyed-payment");

        Reply refused = post("/api/payments/", text, writer, null);

        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.json().path("code").asString()).isEqualTo("idempotency.key_required");
        assertThat(notes.countByText(text)).isZero();
        assertThat(post("/api/payments/", text, writer, unique("key")).status).isEqualTo(201);
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingRuns() {
        String text = unique("malformed");

        Reply refused = post("/api/notes/", text, writer, "two words");

        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.json().path("code").asString()).isEqualTo("idempotency.key_invalid");
        assertThat(notes.countByText(text)).isZero();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private long keys(String key) {
        return jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?").param(key)
                .query(Long.class).single();
    }

    private void ageKey(String key, Duration age) {
        jdbc.sql("UPDATE idempotency_keys SET created_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(age)), key)
                .update();
    }

    private Reply post(String path, String text, UUID user, String key) {
        return send(request(path, JSON.writeValueAsString(new NotesApplication.NoteRequest(text)), user, key).build());
    }

    private HttpRequest.Builder request(String path, String body, UUID user, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestTokens.user(user).roles("EMPLOYEE").perms("notes:create").mint())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Reply(int status, HttpResponse<String> response, String body) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
