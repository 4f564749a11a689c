package energy.mwolo.identity.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.authentication.application.SecretTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SessionsIT extends AbstractApiIT {

    @Autowired
    private JdbcClient jdbc;

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
    void presentingASpentRefreshTokenRevokesTheWholeFamily() {
        Accounts.Signed signed = accounts.signedIn("CLIENT");
        String second = refresh(signed.refresh()).json().path("refresh").asString();

        Api.Reply replay = refresh(signed.refresh());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("auth.invalid_refresh_token");
        assertThat(refresh(second).status()).as("the thief's copy and the holder's next token die together")
                .isEqualTo(401);
    }

    @Test
    void aReuseEndsOnlyTheSessionItHappenedIn() {
        Accounts.Created created = accounts.create("CLIENT");
        Accounts.Signed phone = accounts.signIn(created.email(), Accounts.PASSWORD);
        Accounts.Signed laptop = accounts.signIn(created.email(), Accounts.PASSWORD);
        refresh(phone.refresh());

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
        assertThat(new String(stored.get(0), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(signed.refresh());
    }

    private Api.Reply refresh(String token) {
        return api.post("/api/auth/refresh/", Map.of("refresh", token)).send();
    }
}
