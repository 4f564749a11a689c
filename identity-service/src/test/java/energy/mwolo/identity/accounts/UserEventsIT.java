package energy.mwolo.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.Topics;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the account's life puts on identity.user.events: every contract, CloudEvents headers, and no secret. */
class UserEventsIT extends AbstractApiIT {

    private static final Duration RELAY = Duration.ofSeconds(90);
    private static final String NEW_PASSWORD = "Kisangani-Boyoma-Chutes";

    @Test
    void anAccountsLifeIsPublishedInOrderAndWithoutSecrets() {
        String root = accounts.root().access();
        Accounts.Created created = accounts.create("EMPLOYEE");
        String id = created.id().toString();
        accounts.reachTheCeiling(created.email());
        api.post("/api/accounts/users/" + id + "/unlock/", null).as(root).send();
        Accounts.Signed signed = accounts.signIn(created.email(), Accounts.PASSWORD);
        Api.Reply changed = api.post("/api/auth/password/change/", Map.of("old_password", Accounts.PASSWORD,
                "new_password", NEW_PASSWORD)).as(signed.access()).send();
        api.patch("/api/accounts/users/" + id + "/", Map.of("phone", "+243 81 555 0199")).as(root).send();
        api.post("/api/accounts/users/" + id + "/role/", Map.of("role", "HR")).as(root).send();
        api.post("/api/accounts/users/" + id + "/disable/", null).as(root).send();
        accounts.attempt(Accounts.uniqueEmail("nobody"), NEW_PASSWORD);

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.IDENTITY_USER_EVENTS)) {
            events.awaitAtLeast(1, e -> id.equals(e.key()) && "identity.UserDisabled".equals(e.header("ce_type")),
                    RELAY);
            List<ReceivedEvent> all = events.readAll(Duration.ofSeconds(2));
            List<ReceivedEvent> ofAccount = all.stream().filter(e -> id.equals(e.key())).toList();

            List<String> expected = new ArrayList<>(List.of("identity.UserRegistered"));
            expected.addAll(Collections.nCopies(CEILING_FAILURES, "identity.LoginFailed"));
            expected.addAll(List.of("identity.AccountLocked", "identity.UserUpdated", "identity.LoginSucceeded",
                    "identity.PasswordChanged", "identity.UserUpdated", "identity.UserRoleChanged",
                    "identity.UserDisabled"));
            assertThat(ofAccount).extracting(e -> e.header("ce_type")).containsExactlyElementsOf(expected);
            for (ReceivedEvent event : ofAccount) {
                assertThat(event.header("ce_source")).isEqualTo("identity-service");
                assertThat(event.header("ce_subject")).isEqualTo(id);
                assertThat(event.header("ce_id")).isNotBlank();
                assertThat(readsAsItsContract(event)).isTrue();
            }
            assertThat(payload(ofAccount.get(0)).path("origin").asString()).isEqualTo("administrator");
            assertThat(payload(ofAccount.get(0)).path("role").asString()).isEqualTo("EMPLOYEE");
            assertThat(payload(ofAccount.get(1)).path("reason").asString()).isEqualTo("wrong_password");
            assertThat(payload(ofAccount.get(1)).path("client_ip").asString()).isNotBlank();
            int locked = expected.indexOf("identity.AccountLocked");
            assertThat(payload(ofAccount.get(locked)).path("consecutive_locks").asInt()).isEqualTo(1);
            assertThat(payload(ofAccount.get(locked + 1)).path("status").asString()).isEqualTo("active");
            assertThat(payload(ofAccount.get(locked + 3)).path("method").asString()).isEqualTo("change");
            assertThat(payload(ofAccount.get(locked + 5)).path("previous_role").asString()).isEqualTo("EMPLOYEE");
            assertThat(ofAccount.get(locked + 6).header("ce_actor")).isNotEqualTo("anonymous");
            assertThat(all).anyMatch(e -> "identity.LoginFailed".equals(e.header("ce_type"))
                    && payload(e).path("reason").asString().equals("unknown_account") && !payload(e).has("user_id"));
            for (ReceivedEvent event : all) {
                assertThat(event.value()).doesNotContain(Accounts.PASSWORD, NEW_PASSWORD, "Wrong-Password-Again",
                        "$argon2", signed.refresh(), signed.access(), changed.json().path("refresh").asString());
            }
        }
    }

    private static JsonNode payload(ReceivedEvent event) {
        return ContractJson.mapper().readTree(event.value());
    }

    private static boolean readsAsItsContract(ReceivedEvent event) {
        EventContract<?> contract = Contracts.all().stream()
                .filter(c -> c.type().equals(event.header("ce_type")))
                .findFirst().orElseThrow();
        assertThat(event.header("ce_dataschema")).isEqualTo(contract.dataSchema());
        return contract.payloadType().isInstance(ContractJson.read(event.value(), contract.payloadType()));
    }
}
