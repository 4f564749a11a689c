package energy.mwolo.crm.registration;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff tie an online account to a client by hand: recorded on the client, announced with the staff member as the
 * one who vouched (payload and actor), noted on the timeline for staff only; never moving an existing link.
 */
class AccountLinkIT extends AbstractApiIT {

    @Test
    void aSalesAgentLinksAnAccountAndTheLinkIsAnnouncedNotedAndVouchedFor() {
        UUID client = client();
        UUID account = UUID.randomUUID();
        UUID agent = UUID.randomUUID();

        Api.Reply reply = link(client, account, Tokens.salesAgent(agent));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("user").asString()).isEqualTo(account.toString());
        assertThat(api.get("/api/crm/clients/" + client + "/").as(Tokens.salesAgent()).send().json().path("user")
                .asString()).isEqualTo(account.toString());
        assertThat(recordedEvents(client)).containsExactly("crm.ClientRegistered", "crm.ClientAccountLinked",
                "crm.ClientUpdated");
        JsonNode note = api.get("/api/crm/interactions/?client=" + client).as(Tokens.salesAgent()).send().json()
                .path("results").get(0);
        assertThat(note.path("type").asString()).isEqualTo("note");
        assertThat(note.path("visibility").asString()).isEqualTo("internal");
        assertThat(note.path("author").asString()).isEqualTo(agent.toString());
        assertThat(note.path("summary").asString()).contains(account.toString());
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.client.events")) {
            ReceivedEvent linked = events.awaitAtLeast(1, e -> client.toString().equals(e.key())
                    && "crm.ClientAccountLinked".equals(e.header("ce_type")), Duration.ofSeconds(60)).get(0);
            JsonNode payload = JsonMapper.builder().build().readTree(linked.value());
            assertThat(payload.path("user_id").asString()).isEqualTo(account.toString());
            assertThat(payload.path("linked_by").asString()).isEqualTo(agent.toString());
            assertThat(linked.header("ce_actor")).isEqualTo(agent.toString());
        }
    }

    @Test
    void linkingTheSameAccountAgainChangesNothing() {
        UUID client = client();
        UUID account = UUID.randomUUID();
        link(client, account, Tokens.salesAgent());

        Api.Reply again = link(client, account, Tokens.admin());

        assertThat(again.status()).isEqualTo(200);
        assertThat(recordedEvents(client)).containsExactly("crm.ClientRegistered", "crm.ClientAccountLinked",
                "crm.ClientUpdated");
    }

    @Test
    void aLinkIsNeverMovedFromOneAccountOrOneClientToAnother() {
        UUID client = client();
        UUID otherClient = client();
        UUID account = UUID.randomUUID();
        link(client, account, Tokens.salesAgent());

        Api.Reply clientTaken = link(client, UUID.randomUUID(), Tokens.salesAgent());
        Api.Reply accountTaken = link(otherClient, account, Tokens.salesAgent());

        assertThat(clientTaken.status()).isEqualTo(409);
        assertThat(clientTaken.code()).isEqualTo("crm.client.account_taken");
        assertThat(accountTaken.status()).isEqualTo(409);
        assertThat(accountTaken.code()).isEqualTo("crm.account.linked_elsewhere");
        assertThat(recordedEvents(otherClient)).containsExactly("crm.ClientRegistered");
    }

    @Test
    void onlyStaffWhoWriteToTheCrmLink() {
        UUID client = client();
        UUID account = UUID.randomUUID();

        assertThat(link(client, account, Tokens.clientOf(client)).status()).isEqualTo(403);
        assertThat(link(client, account, Tokens.clientUser(account)).status()).isEqualTo(403);
        assertThat(link(client, account, Tokens.accountant()).status()).isEqualTo(403);
        assertThat(api.post("/api/crm/clients/" + client + "/account/", Map.of("user_id", account.toString()))
                .send().status()).isEqualTo(401);
        assertThat(recordedEvents(client)).containsExactly("crm.ClientRegistered");
    }

    @Test
    void anUnknownOrClosedClientOrAMissingAccountIsRefused() {
        UUID closed = client();
        api.delete("/api/crm/clients/" + closed + "/").as(Tokens.salesAgent()).send();

        assertThat(link(UUID.randomUUID(), UUID.randomUUID(), Tokens.salesAgent()).status()).isEqualTo(404);
        assertThat(link(closed, UUID.randomUUID(), Tokens.salesAgent()).code()).isEqualTo("crm.client.closed");
        Api.Reply missing = api.post("/api/crm/clients/" + client() + "/account/", Map.of()).as(Tokens.salesAgent())
                .send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldsInError()).containsExactly("user_id");
    }

    private Api.Reply link(UUID client, UUID account, String token) {
        return api.post("/api/crm/clients/" + client + "/account/", Map.of("user_id", account.toString())).as(token)
                .send();
    }
}
