package energy.mwolo.geo.agencies;

import static energy.mwolo.geo.agencies.AgencyBodies.agencyIn;
import static energy.mwolo.geo.agencies.AgencyBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.Tokens;
import energy.mwolo.platformtest.TestTokens;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening an agency with an Idempotency-Key: a retried POST opens it once and announces it once. */
class AgencyIdempotencyIT extends AbstractApiIT {

    private static final String KEY = "Idempotency-Key";

    @Autowired
    private JdbcClient jdbc;

    private final String admin = Tokens.admin();

    @Test
    void aRetryGetsTheFirstAnswerAgainAndOpensNoSecondAgency() {
        String name = unique("Agence rejouée");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = agencyIn("KN", name);

        Reply first = api.post("/api/agencies/", body).as(admin).header(KEY, key).send();
        Reply retry = api.post("/api/agencies", body).as(admin).header(KEY, key).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(agencies(name)).isEqualTo(1);
        assertThat(openedEvents(first.json().path("id").asString())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422InFrenchAndInEnglish() {
        String name = unique("Agence première");
        String key = UUID.randomUUID().toString();
        api.post("/api/agencies/", agencyIn("KN", name)).as(admin).header(KEY, key).send();
        Map<String, Object> other = with(agencyIn("KN", name), "name", unique("Agence autre"));

        Reply french = api.post("/api/agencies/", other).as(admin).header(KEY, key).send();
        Reply english = api.post("/api/agencies/", other).as(admin).header(KEY, key)
                .header("Accept-Language", "en").send();

        assertThat(french.status()).isEqualTo(422);
        assertThat(french.contentType()).isEqualTo("application/problem+json");
        assertThat(french.json().path("code").asString()).isEqualTo("idempotency.key_reused");
        assertThat(french.json().path("detail").asString()).contains("a déjà servi pour une autre requête");
        assertThat(english.json().path("detail").asString()).contains("already used for a different request");
        assertThat(agencies((String) other.get("name"))).isZero();
    }

    @Test
    void concurrentRetriesWithOneKeyOpenOneAgency() throws Exception {
        String name = unique("Agence concurrente");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = agencyIn("KN", name);
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Reply> call = () -> {
                    start.await();
                    return api.post("/api/agencies/", body).as(admin).header(KEY, key).send();
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(agencies(name)).isEqualTo(1);
        assertThat(replies).extracting(Reply::status).containsOnly(201, 409);
        assertThat(replies).filteredOn(r -> r.status() == 201 && r.headers().firstValue("Idempotency-Replayed").isEmpty())
                .hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.json().path("code").asString()).isEqualTo("idempotency.in_progress"));
    }

    @Test
    void anExpiredKeyIsLikeANewOne() {
        String name = unique("Agence d'hier");
        String key = UUID.randomUUID().toString();
        Reply yesterday = api.post("/api/agencies/", agencyIn("KN", name)).as(admin).header(KEY, key).send();
        jdbc.sql("update idempotency_keys set created_at = ? where idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(24).plusMinutes(1))), key)
                .update();

        Reply today = api.post("/api/agencies/", agencyIn("KN", name)).as(admin).header(KEY, key).send();

        assertThat(today.status()).isEqualTo(201);
        assertThat(today.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(today.location()).isNotEqualTo(yesterday.location());
        assertThat(agencies(name)).isEqualTo(2);
    }

    @Test
    void anotherAdministratorsSameKeyIsTheirOwn() {
        String name = unique("Agence partagée");
        Reply mine = api.post("/api/agencies/", agencyIn("KN", name)).as(admin).header(KEY, "shared").send();
        Reply theirs = api.post("/api/agencies/", agencyIn("KN", name)).as(Tokens.admin()).header(KEY, "shared")
                .send();

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(theirs.location()).isNotEqualTo(mine.location());
        assertThat(agencies(name)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryPostOpensAnAgencyAsBefore() {
        String name = unique("Agence sans clé");

        assertThat(api.post("/api/agencies/", agencyIn("KN", name)).as(admin).send().status()).isEqualTo(201);
        assertThat(api.post("/api/agencies/", agencyIn("KN", name)).as(admin).send().status()).isEqualTo(201);
        assertThat(agencies(name)).isEqualTo(2);
    }

    @Test
    void aRefusedOpeningLeavesNoKeyAndTheSameUserRetriesOnceAllowed() {
        UUID user = UUID.randomUUID();
        String name = unique("Agence refusée");
        String key = UUID.randomUUID().toString();
        String withoutPermission = TestTokens.user(user).roles("EMPLOYEE").perms("geo:create").mint();

        Reply refused = api.post("/api/agencies/", agencyIn("KN", name)).as(withoutPermission).header(KEY, key)
                .send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(keys(key)).isZero();

        Reply allowed = api.post("/api/agencies/", agencyIn("KN", name)).as(Tokens.admin(user)).header(KEY, key)
                .send();
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
        assertThat(allowed.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(agencies(name)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedWith400AndOpensNothing() {
        String name = unique("Agence mal clée");

        Reply reply = api.post("/api/agencies/", agencyIn("KN", name)).as(admin).header(KEY, "clé accentuée").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("code").asString()).isEqualTo("idempotency.key_invalid");
        assertThat(agencies(name)).isZero();
    }

    @Test
    void theOpenApiDocumentShowsTheOptionalHeaderOnOpeningAnAgencyOnly() {
        var paths = api.get("/v3/api-docs").as(Tokens.admin()).send().json().path("paths").path("/api/agencies/");

        assertThat(paths.path("post").path("parameters").valueStream()
                .filter(p -> p.path("name").asString().equals(KEY)))
                .singleElement()
                .satisfies(header -> {
                    assertThat(header.path("in").asString()).isEqualTo("header");
                    assertThat(header.path("required").asBoolean()).isFalse();
                });
        assertThat(paths.path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString())).doesNotContain(KEY);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long agencies(String name) {
        return jdbc.sql("select count(*) from agencies where name = ?").param(name).query(Long.class).single();
    }

    private long openedEvents(String agencyId) {
        return jdbc.sql("select count(*) from outbox where aggregate_id = ? and event_type = 'geo.AgencyOpened'")
                .param(agencyId).query(Long.class).single();
    }

    private long keys(String key) {
        return jdbc.sql("select count(*) from idempotency_keys where idempotency_key = ?").param(key)
                .query(Long.class).single();
    }
}
