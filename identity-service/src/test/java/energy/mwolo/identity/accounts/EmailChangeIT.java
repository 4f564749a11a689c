package energy.mwolo.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.Mailbox;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An administrator gives an account a new email: it applies only once confirmed through the link mailed to it (with
 * the account's password), the old address is told at once, and the sessions opened under the old one end.
 */
class EmailChangeIT extends AbstractApiIT {

    private static final String USERS = "/api/accounts/users/";

    private String root;

    @BeforeEach
    void signInAsRoot() {
        root = accounts.root().access();
    }

    @Test
    void theNewEmailWaitsForItsConfirmationTheOldOneIsToldAndSessionsEndWhenItApplies() {
        Accounts.Created created = accounts.create("CLIENT");
        Accounts.Signed before = accounts.signIn(created.email(), Accounts.PASSWORD);
        String newEmail = Accounts.uniqueEmail("nouvelle");

        Api.Reply changed = api.patch(USERS + created.id() + "/", Map.of("email", newEmail)).as(root).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("email").asString()).isEqualTo(created.email());
        assertThat(changed.json().path("pending_email").asString()).isEqualTo(newEmail);
        MimeMessage notice = mailbox.awaitOneTo(created.email());
        assertThat(Mailbox.subject(notice)).isEqualTo("Mwolo Energy : changement d’adresse demandé pour votre compte");
        assertThat(Mailbox.text(notice)).contains(newEmail).doesNotContain("token=");
        MimeMessage link = mailbox.awaitOneTo(newEmail);
        assertThat(Mailbox.subject(link)).isEqualTo("Mwolo Energy : confirmez votre nouvelle adresse électronique");
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status()).isEqualTo(200);
        assertThat(accounts.attempt(newEmail, Accounts.PASSWORD).status()).isEqualTo(401);

        Api.Reply confirmed = confirm(Mailbox.token(link), Accounts.PASSWORD);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        JsonNode account = api.get(USERS + created.id() + "/").as(root).send().json();
        assertThat(account.path("email").asString()).isEqualTo(newEmail);
        assertThat(account.path("pending_email").isNull()).isTrue();
        assertThat(account.path("email_confirmed").asBoolean()).isTrue();
        assertThat(accounts.attempt(newEmail, Accounts.PASSWORD).status()).isEqualTo(200);
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", before.refresh())).send().status())
                .isEqualTo(401);
        String key = created.id().toString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.IDENTITY_USER_EVENTS)) {
            events.awaitAtLeast(1, e -> key.equals(e.key()) && e.value().contains("email_change"),
                    Duration.ofSeconds(90));
            List<ReceivedEvent> ofAccount = events.readAll(Duration.ofSeconds(2)).stream()
                    .filter(e -> key.equals(e.key())).toList();
            assertThat(ofAccount).extracting(e -> e.header("ce_type")).containsSubsequence(
                    "identity.UserUpdated", "identity.UserEmailConfirmed");
            // Asking for the change published nothing: the only update is the one that applied it.
            assertThat(ofAccount).filteredOn(e -> "identity.UserUpdated".equals(e.header("ce_type")))
                    .singleElement().satisfies(e -> assertThat(e.value()).contains(newEmail));
        }
    }

    @Test
    void anExpiredOrReusedLinkLeavesTheAccountAsItIs() {
        Accounts.Created expiring = accounts.create("EMPLOYEE");
        Accounts.Created reused = accounts.create("EMPLOYEE");
        String expiringEmail = Accounts.uniqueEmail("expire");
        String reusedEmail = Accounts.uniqueEmail("reuse");
        api.patch(USERS + expiring.id() + "/", Map.of("email", expiringEmail)).as(root).send();
        api.patch(USERS + reused.id() + "/", Map.of("email", reusedEmail)).as(root).send();
        String reusedToken = Mailbox.token(mailbox.awaitOneTo(reusedEmail));
        assertThat(confirm(reusedToken, Accounts.PASSWORD).status()).isEqualTo(204);
        String expiringToken = Mailbox.token(mailbox.awaitOneTo(expiringEmail));
        clock.advance(Duration.ofHours(25));

        Api.Reply expired = confirm(expiringToken, Accounts.PASSWORD);
        Api.Reply again = confirm(reusedToken, Accounts.PASSWORD);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("registration.confirmation_expired");
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.code()).isEqualTo("registration.confirmation_used");
        JsonNode account = api.get(USERS + expiring.id() + "/").as(accounts.root().access()).send().json();
        assertThat(account.path("email").asString()).isEqualTo(expiring.email());
        assertThat(account.path("pending_email").asString()).isEqualTo(expiringEmail);
    }

    @Test
    void anAddressAnotherAccountHasIsRefusedWhenAskedForAndWhenConfirmed() {
        Accounts.Created account = accounts.create("CLIENT");
        Accounts.Created other = accounts.create("CLIENT");
        String wanted = Accounts.uniqueEmail("voulue");

        Api.Reply taken = api.patch(USERS + account.id() + "/", Map.of("email", other.email().toUpperCase()))
                .as(root).send();
        api.patch(USERS + account.id() + "/", Map.of("email", wanted)).as(root).send();
        String token = Mailbox.token(mailbox.awaitOneTo(wanted));
        accounts.create("CLIENT", Map.of("email", wanted));
        Api.Reply late = confirm(token, Accounts.PASSWORD);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("accounts.email.taken");
        assertThat(late.status()).isEqualTo(409);
        assertThat(api.get(USERS + account.id() + "/").as(root).send().json().path("email").asString())
                .isEqualTo(account.email());
    }

    @Test
    void anAdministratorChangingTheirOwnEmailConfirmsItTooAndTheLinkWantsTheirPassword() {
        Accounts.Created admin = accounts.create("ADMIN");
        String access = accounts.signIn(admin.email(), Accounts.PASSWORD).access();
        String newEmail = Accounts.uniqueEmail("moi");

        Api.Reply changed = api.patch(USERS + admin.id() + "/", Map.of("email", newEmail)).as(access).send();
        String token = Mailbox.token(mailbox.awaitOneTo(newEmail));

        assertThat(changed.json().path("email").asString()).isEqualTo(admin.email());
        assertThat(confirm(token, "Pas-Le-Bon-Mot-De-Passe").fieldsInError()).containsExactly("password");
        assertThat(confirm(token, Accounts.PASSWORD).status()).isEqualTo(204);
        assertThat(accounts.attempt(newEmail, Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void askingForTheCurrentEmailDropsAPendingChange() {
        Accounts.Created account = accounts.create("HR");
        String abandoned = Accounts.uniqueEmail("abandon");
        api.patch(USERS + account.id() + "/", Map.of("email", abandoned)).as(root).send();
        String token = Mailbox.token(mailbox.awaitOneTo(abandoned));

        Api.Reply back = api.patch(USERS + account.id() + "/", Map.of("email", account.email())).as(root).send();

        assertThat(back.json().path("pending_email").isNull()).isTrue();
        assertThat(confirm(token, Accounts.PASSWORD).code()).isEqualTo("accounts.email_confirmation.stale");
    }

    private Api.Reply confirm(String token, String password) {
        return api.post("/api/auth/register/confirm/", Map.of("token", token, "password", password)).send();
    }
}
