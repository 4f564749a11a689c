package energy.mwolo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every create and every contract action of the CRM takes an Idempotency-Key: a retried POST changes nothing. */
class IdempotentWritesIT extends AbstractApiIT {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";

    @Autowired
    private JdbcClient jdbc;

    private final String agent = Tokens.salesAgent();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clients", "sites", "contracts", "interactions"})
    void aRetriedCreateAnswersTheFirstCreationAgainAndCreatesNothing(String resource) {
        UUID client = client();
        Map<String, Object> body = switch (resource) {
            case "clients" -> Bodies.individual();
            case "sites" -> Bodies.site(client);
            case "contracts" -> Bodies.contract(client, site(client));
            default -> interaction(client, "Appel rejoué");
        };
        String key = UUID.randomUUID().toString();

        Api.Reply first = api.post("/api/crm/" + resource + "/", body).as(agent).header(KEY, key).send();
        Api.Reply retry = api.post("/api/crm/" + resource + "/", body).as(agent).header(KEY, key).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(retry.status()).as("a retried client would otherwise be a 409 duplicate email").isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.headers().firstValue(REPLAYED)).contains("true");
        assertThat(count(resource.equals("clients") ? "select count(*) from clients where lower(email) = lower(?)"
                : "select count(*) from " + resource + " where client_id = ?::uuid",
                resource.equals("clients") ? (String) body.get("email") : client.toString())).isEqualTo(1);
    }

    @Test
    void retriedContractActionsAnswerTheirFirstResultAgainAndAnnounceEachChangeOnce() {
        UUID client = client();
        UUID contract = contract(client, site(client));
        String path = "/api/crm/contracts/" + contract + "/";

        for (String action : List.of("activate", "suspend", "terminate")) {
            String key = UUID.randomUUID().toString();
            Api.Reply first = api.post(path + action + "/", null).as(agent).header(KEY, key).send();
            Api.Reply retry = api.post(path + action + "/", null).as(agent).header(KEY, key).send();

            assertThat(first.status()).as(action + " " + first).isEqualTo(200);
            assertThat(retry.status()).as("without the key, a second " + action + " is a 409").isEqualTo(200);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.headers().firstValue(REPLAYED)).contains("true");
        }
        for (String event : List.of("crm.ContractActivated", "crm.ContractSuspended", "crm.ContractTerminated")) {
            assertThat(count("select count(*) from outbox where aggregate_id = ? and event_type = '" + event + "'",
                    contract.toString())).as(event).isEqualTo(1);
        }
    }

    @Test
    void aRefusedTransitionLeavesNoKeySoItsRetryRunsOnceTheTransitionIsAllowed() {
        UUID client = client();
        String path = "/api/crm/contracts/" + contract(client, site(client)) + "/";
        String key = UUID.randomUUID().toString();

        Api.Reply refused = api.post(path + "suspend/", null).as(agent).header(KEY, key).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("crm.transition.refused");
        assertThat(keys(key)).isZero();

        assertThat(api.post(path + "activate/", null).as(agent).send().status()).isEqualTo(200);
        Api.Reply retry = api.post(path + "suspend/", null).as(agent).header(KEY, key).send();

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(retry.json().path("status").asString()).isEqualTo("suspended");
        assertThat(keys(key)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedWith422InFrenchAndInEnglish() {
        UUID client = client();
        String key = UUID.randomUUID().toString();
        api.post("/api/crm/interactions/", interaction(client, "Premier appel")).as(agent).header(KEY, key).send();

        Api.Reply french = api.post("/api/crm/interactions/", interaction(client, "Autre appel")).as(agent)
                .header(KEY, key).send();
        Api.Reply english = api.post("/api/crm/sites/", Bodies.site(client)).as(agent).header(KEY, key)
                .header("Accept-Language", "en").send();

        assertThat(french.status()).isEqualTo(422);
        assertThat(french.contentType()).isEqualTo("application/problem+json");
        assertThat(french.json().path("code").asString()).isEqualTo("idempotency.key_reused");
        assertThat(french.json().path("detail").asString()).contains("a déjà servi pour une autre requête");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.json().path("detail").asString()).contains("already used for a different request");
        assertThat(interactions(client)).isEqualTo(1);
        assertThat(count("select count(*) from sites where client_id = ?::uuid", client.toString())).isZero();
    }

    @Test
    void concurrentRetriesOfOneRegistrationRegisterOneClientAndNeverRunTwice() throws Exception {
        Map<String, Object> body = Bodies.individual();
        String key = UUID.randomUUID().toString();
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Api.Reply> call = () -> {
                    start.await();
                    return api.post("/api/crm/clients/", body).as(agent).header(KEY, key).send();
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("select count(*) from clients where lower(email) = lower(?)", (String) body.get("email")))
                .isEqualTo(1);
        assertThat(replies).extracting(Api.Reply::status).containsOnly(201, 409);
        assertThat(replies).filteredOn(r -> r.status() == 201 && r.headers().firstValue(REPLAYED).isEmpty())
                .hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).as("a second run would be a duplicate email")
                .allSatisfy(r -> assertThat(r.json().path("code").asString()).isEqualTo("idempotency.in_progress"));
    }

    @Test
    void anExpiredKeyIsLikeANewOne() {
        UUID client = client();
        String key = UUID.randomUUID().toString();
        Api.Reply yesterday = api.post("/api/crm/interactions/", interaction(client, "Visite")).as(agent)
                .header(KEY, key).send();
        jdbc.sql("update idempotency_keys set created_at = ? where idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(24).plusMinutes(1))), key)
                .update();

        Api.Reply today = api.post("/api/crm/interactions/", interaction(client, "Visite")).as(agent)
                .header(KEY, key).send();

        assertThat(today.status()).isEqualTo(201);
        assertThat(today.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(today.location()).isNotEqualTo(yesterday.location());
        assertThat(interactions(client)).isEqualTo(2);
    }

    @Test
    void anotherSalesAgentsSameKeyIsTheirOwn() {
        UUID client = client();
        Api.Reply mine = api.post("/api/crm/interactions/", interaction(client, "Appel")).as(agent)
                .header(KEY, "agent-key").send();
        Api.Reply theirs = api.post("/api/crm/interactions/", interaction(client, "Appel")).as(Tokens.salesAgent())
                .header(KEY, "agent-key").send();

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(theirs.location()).isNotEqualTo(mine.location());
        assertThat(interactions(client)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryPostRecordsAsBefore() {
        UUID client = client();

        assertThat(api.post("/api/crm/interactions/", interaction(client, "Note")).as(agent).send().status())
                .isEqualTo(201);
        assertThat(api.post("/api/crm/interactions/", interaction(client, "Note")).as(agent).send().status())
                .isEqualTo(201);
        assertThat(interactions(client)).isEqualTo(2);
    }

    private static Map<String, Object> interaction(UUID client, String summary) {
        return Map.of("client", client.toString(), "type", "call", "direction", "outbound", "summary", summary);
    }

    private long interactions(UUID client) {
        return count("select count(*) from interactions where client_id = ?::uuid", client.toString());
    }

    private long keys(String key) {
        return count("select count(*) from idempotency_keys where idempotency_key = ?", key);
    }

    private long count(String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
