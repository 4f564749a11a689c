package energy.mwolo.identity.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PasswordsIT extends AbstractApiIT {

    private static final String NEW_PASSWORD = "Bukavu-Lac-Kivu-Soleil";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aResetTokenArrivesByMailInFrenchAndWorksOnce() {
        Accounts.Created created = accounts.create("CLIENT");

        assertThat(requestReset(created.email()).status()).isEqualTo(202);
        MimeMessage mail = mailbox.awaitOneTo(created.email());
        String token = Mailbox.token(mail);

        assertThat(Mailbox.subject(mail)).isEqualTo("Mwolo Energy : réinitialisation de votre mot de passe");
        assertThat(Mailbox.text(mail)).contains("Bonjour Grâce", "https://portail.mwolo.test/reinitialiser?token=",
                "pendant 30 minutes");
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(accounts.attempt(created.email(), NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status()).isEqualTo(401);
        Api.Reply again = confirm(token, "Une-Autre-Phrase-Secrete");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.fieldsInError()).containsExactly("token");
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() {
        String nobody = Accounts.uniqueEmail("nobody");

        Api.Reply reply = requestReset(nobody);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body()).isEmpty();
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> mailbox.to(nobody).isEmpty());
    }

    @Test
    void aResetTokenExpiresAfterThirtyMinutes() {
        Accounts.Created created = accounts.create("CLIENT");
        requestReset(created.email());
        String token = Mailbox.token(mailbox.awaitOneTo(created.email()));

        clock.advance(Duration.ofMinutes(30).plusSeconds(1));

        assertThat(confirm(token, NEW_PASSWORD).fieldsInError()).containsExactly("token");
    }

    @Test
    void aWeakNewPasswordLeavesTheTokenUsable() {
        Accounts.Created created = accounts.create("CLIENT");
        requestReset(created.email());
        String token = Mailbox.token(mailbox.awaitOneTo(created.email()));

        Api.Reply weak = confirm(token, "azertyuiop");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.fieldsInError()).containsExactly("new_password");
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aResetEndsEverySessionAndLiftsALock() {
        Accounts.Created created = accounts.create("CLIENT");
        Accounts.Signed before = accounts.signIn(created.email(), Accounts.PASSWORD);
        for (int i = 0; i < 5; i++) {
            accounts.attempt(created.email(), "Wrong-Password-Again");
        }
        requestReset(created.email());

        confirm(Mailbox.token(mailbox.awaitOneTo(created.email())), NEW_PASSWORD);

        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", before.refresh())).send().status())
                .isEqualTo(401);
        assertThat(accounts.attempt(created.email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void onlyTheLatestMailedTokenWorks() {
        Accounts.Created created = accounts.create("CLIENT");
        requestReset(created.email());
        requestReset(created.email());
        var mails = mailbox.awaitTo(created.email(), 2);

        assertThat(confirm(Mailbox.token(mails.get(0)), NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(confirm(Mailbox.token(mails.get(1)), NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void resetTokensAreStoredOnlyAsHashes() {
        Accounts.Created created = accounts.create("CLIENT");
        requestReset(created.email());
        String token = Mailbox.token(mailbox.awaitOneTo(created.email()));

        long plain = jdbc.sql("select count(*) from password_tokens where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%").query(Long.class).single();

        assertThat(plain).isZero();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        Accounts.Signed signed = accounts.signedIn("HR");

        Api.Reply wrong = change(signed, "Not-My-Password-At-All", NEW_PASSWORD);
        Api.Reply changed = change(signed, Accounts.PASSWORD, NEW_PASSWORD);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldsInError()).containsExactly("old_password");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("access").asString()).isNotBlank();
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", signed.refresh())).send().status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", changed.json().path("refresh").asString()))
                .send().status()).isEqualTo(200);
        assertThat(accounts.attempt(signed.email(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theCurrentPasswordIsGuessedNoFasterThanAtSignIn() {
        Accounts.Signed signed = accounts.signedIn("HR");
        for (int i = 0; i < 5; i++) {
            assertThat(change(signed, "Not-My-Password-At-All", NEW_PASSWORD).status()).isEqualTo(400);
        }

        Api.Reply waiting = change(signed, Accounts.PASSWORD, NEW_PASSWORD);

        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.header("Retry-After")).isNotNull();
        assertThat(accounts.attempt(signed.email(), Accounts.PASSWORD).status())
                .as("the same address waits at sign-in too").isEqualTo(429);
    }

    @Test
    void aNewPasswordMustMeetThePolicyAndDifferFromTheOldOne() {
        Accounts.Signed signed = accounts.signedIn("HR");

        assertThat(change(signed, Accounts.PASSWORD, "short").fieldsInError()).containsExactly("new_password");
        assertThat(change(signed, Accounts.PASSWORD, signed.email()).fieldsInError()).containsExactly("new_password");
        assertThat(change(signed, Accounts.PASSWORD, Accounts.PASSWORD).fieldsInError())
                .containsExactly("new_password");
    }

    @Test
    void anAccountOpenedWithoutPasswordIsInvitedToSetOne() {
        String email = Accounts.uniqueEmail("invited");
        Api.Reply created = api.post("/api/accounts/users/", Map.of("email", email, "first_name", "Nadine",
                "last_name", "Kasongo", "role", "SALES_AGENT")).as(accounts.root().access()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        MimeMessage invitation = mailbox.awaitOneTo(email);

        assertThat(Mailbox.subject(invitation)).isEqualTo("Mwolo Energy : activez votre compte");
        assertThat(Mailbox.text(invitation)).contains("Bonjour Nadine", "https://portail.mwolo.test/activer?token=",
                "pendant 3 jours");
        assertThat(accounts.attempt(email, NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(confirm(Mailbox.token(invitation), NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(accounts.attempt(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    private Api.Reply requestReset(String email) {
        return api.post("/api/auth/password/reset/", Map.of("email", email)).send();
    }

    private Api.Reply confirm(String token, String password) {
        return api.post("/api/auth/password/reset/confirm/", Map.of("token", token, "new_password", password)).send();
    }

    private Api.Reply change(Accounts.Signed signed, String oldPassword, String newPassword) {
        return api.post("/api/auth/password/change/", Map.of("old_password", oldPassword,
                "new_password", newPassword)).as(signed.access()).send();
    }
}
