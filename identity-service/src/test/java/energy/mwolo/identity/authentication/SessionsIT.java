package energy.mwolo.identity.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.authentication.application.CredentialsHousekeeping;
import energy.mwolo.identity.authentication.application.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SessionsIT extends AbstractApiIT {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CredentialsHousekeeping housekeeping;

    @Test
    void aRefreshTokenIsTradedForANewPair() {
        Accounts.Signed signed = accounts.signedIn("ACCOUNTANT");

        Api.Reply reply = refresh(signed.refresh());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String access = reply.json().path("access").asString();
        String next = reply.json().path("refresh").asString();
        assertThat(access).isNotEqualTo(signed.access());
        assertThat(next).isNotEqualTo(signed.refresh());
        assertThat(api.get("/api/auth/me/").as(access).send().status()).isEqualTo(200);
        assertThat(refresh(next).status()).isEqualTo(200);
    }

    @Test
    void presentingASpentRefreshTokenAfterTheGracePeriodRevokesTheWholeFamily() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        String second = refresh(signed.refresh()).json().path("refresh").asString();
        clock.advance(Duration.ofSeconds(11));

        Api.Reply replay = refresh(signed.refresh());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("auth.invalid_refresh_token");
        assertThat(refresh(second).status()).as("the thief's copy and the holder's next token die together")
                .isEqualTo(401);
    }

    @Test
    void theSameTokenPresentedAgainWithinTenSecondsGetsTheSamePair() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        Api.Reply first = refresh(signed.refresh());
        clock.advance(Duration.ofSeconds(9));

        Api.Reply retry = refresh(signed.refresh());

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().path("access").asString()).isEqualTo(first.json().path("access").asString());
        assertThat(retry.json().path("refresh").asString()).isEqualTo(first.json().path("refresh").asString());
        assertThat(retry.json().path("expires_in").asLong()).isEqualTo(900);
        assertThat(refresh(retry.json().path("refresh").asString()).status()).isEqualTo(200);
    }

    @Test
    void twoRefreshesWithTheSameTokenAtOnceGetTheSamePair() throws Exception {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Reply> tab = () -> {
                ready.countDown();
                ready.await();
                return refresh(signed.refresh());
            };
            Future<Api.Reply> one = tabs.submit(tab);
            Future<Api.Reply> other = tabs.submit(tab);
            Api.Reply first = one.get(30, TimeUnit.SECONDS);
            Api.Reply second = other.get(30, TimeUnit.SECONDS);

            assertThat(List.of(first.status(), second.status())).as(first + " / " + second).containsExactly(200, 200);
            assertThat(second.json().path("access").asString()).isEqualTo(first.json().path("access").asString());
            assertThat(second.json().path("refresh").asString()).isEqualTo(first.json().path("refresh").asString());
            assertThat(refresh(first.json().path("refresh").asString()).status()).isEqualTo(200);
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void theSuccessorIsKeptOnlyEncryptedAndOnlyForTheGracePeriod() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        Api.Reply first = refresh(signed.refresh());
        String successor = first.json().path("refresh").asString();
        String access = first.json().path("access").asString();

        List<byte[]> kept = jdbc.sql("select successor from refresh_tokens where token_hash = ?")
                .param(SecretTokens.hash(signed.refresh())).query(byte[].class).list();
        assertThat(kept).hasSize(1);
        String stored = new String(kept.get(0), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(successor, access.substring(0, 30));
        clock.advance(Duration.ofSeconds(11));

        refresh(signed.refresh());

        assertThat(jdbc.sql("select count(*) from refresh_tokens where token_hash = ? and successor is not null")
                .param(SecretTokens.hash(signed.refresh())).query(Long.class).single()).isZero();
    }

    @Test
    void theKeptPairIsForgottenOnceTheGraceIsOver() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        refresh(signed.refresh());
        clock.advance(Duration.ofSeconds(11));

        housekeeping.forgetSuccessors();

        assertThat(jdbc.sql("select count(*) from refresh_tokens where token_hash = ? and successor is not null")
                .param(SecretTokens.hash(signed.refresh())).query(Long.class).single()).isZero();
    }

    @Test
    void aFamilyEndsThirtyDaysAfterItsSignInHoweverOftenItIsRefreshed() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        String token = signed.refresh();
        for (int day = 6; day < 30; day += 6) {
            clock.advance(Duration.ofDays(6));
            Api.Reply refreshed = refresh(token);
            assertThat(refreshed.status()).as("day %d: %s", day, refreshed).isEqualTo(200);
            token = refreshed.json().path("refresh").asString();
        }
        clock.advance(Duration.ofDays(5).plusHours(23));
        Api.Reply lastDay = refresh(token);
        assertThat(lastDay.status()).as(lastDay.toString()).isEqualTo(200);
        token = lastDay.json().path("refresh").asString();

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        Api.Reply over = refresh(token);

        assertThat(over.status()).isEqualTo(401);
        assertThat(over.code()).isEqualTo("auth.invalid_refresh_token");
        assertThat(jdbc.sql("select revoked_reason from refresh_families f join refresh_tokens t on t.family_id = f.id"
                + " where t.token_hash = ?").param(SecretTokens.hash(token)).query(String.class).single())
                .isEqualTo("expired");
    }

    @Test
    void aFamilyOpenedWithoutAnExpiryGetsThirtyDaysFromThen() {
        Accounts.Created created = accounts.create("CLIENT");
        UUID family = UUID.randomUUID();

        // As the previous version opens families (during a rolling update), and as the upgrade filled older ones.
        jdbc.sql("insert into refresh_families (id, user_id, created_at) values (?, ?, now() - interval '90 days')")
                .params(family, created.id()).update();

        Duration left = Duration.ofSeconds(jdbc.sql(
                "select extract(epoch from expires_at - now())::bigint from refresh_families where id = ?")
                .param(family).query(Long.class).single());
        assertThat(left).isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30));
    }

    @Test
    void aReuseEndsOnlyTheSessionItHappenedIn() {
        Accounts.Created created = accounts.create("CLIENT");
        Accounts.Signed phone = accounts.signIn(created.email(), Accounts.PASSWORD);
        Accounts.Signed laptop = accounts.signIn(created.email(), Accounts.PASSWORD);
        refresh(phone.refresh());
        clock.advance(Duration.ofSeconds(11));

        refresh(phone.refresh());

        assertThat(refresh(laptop.refresh()).status()).isEqualTo(200);
    }

    @Test
    void loggingOutRevokesTheSessionsFamily() {
        Accounts.Signed signed = accounts.signedIn("OPERATIONS");
        String next = refresh(signed.refresh()).json().path("refresh").asString();

        Api.Reply logout = api.post("/api/auth/logout/", Map.of("refresh", next)).as(signed.access()).send();

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(next).status()).isEqualTo(401);
    }

    @Test
    void nobodyLogsSomeoneElseOut() {
        Accounts.Signed victim = accounts.signedIn("CLIENT");
        Accounts.Signed other = accounts.signedIn("CLIENT");

        Api.Reply logout = api.post("/api/auth/logout/", Map.of("refresh", victim.refresh())).as(other.access())
                .send();

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(victim.refresh()).status()).isEqualTo(200);
    }

    @Test
    void loggingOutNeedsAnAccessToken() {
        assertThat(api.post("/api/auth/logout/", Map.of("refresh", "anything")).send().status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenExpiresAfterSevenDays() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(refresh(signed.refresh()).status()).isEqualTo(401);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        assertThat(refresh(SecretTokens.newToken()).status()).isEqualTo(401);
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");

        List<byte[]> stored = jdbc.sql("""
                select t.token_hash from refresh_tokens t join refresh_families f on f.id = t.family_id
                where f.user_id = ?""").param(signed.id()).query(byte[].class).list();

        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).isEqualTo(SecretTokens.hash(signed.refresh()));
        assertThat(new String(stored.get(0), StandardCharsets.ISO_8859_1))
                .doesNotContain(signed.refresh());
    }

    private Api.Reply refresh(String token) {
        return api.post("/api/auth/refresh/", Map.of("refresh", token)).send();
    }
}
