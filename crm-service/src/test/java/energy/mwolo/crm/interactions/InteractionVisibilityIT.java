package energy.mwolo.crm.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Staff's internal notes stay off the client's own timeline, and the client never learns which staff member
 * recorded anything; staff see everything and decide what the client sees.
 */
class InteractionVisibilityIT extends AbstractApiIT {

    private UUID client;
    private UUID agent;
    private String agentToken;
    private UUID note;
    private UUID call;
    private UUID sharedNote;

    @BeforeEach
    void aNoteACallAndANoteShownToTheClient() {
        client = client();
        agent = UUID.randomUUID();
        agentToken = Tokens.salesAgent(agent);
        note = record(Map.of("type", "note", "summary", "Client difficile, vérifier les impayés"));
        call = record(Map.of("type", "call", "direction", "outbound", "summary", "Rappel du rendez-vous"));
        sharedNote = record(Map.of("type", "note", "summary", "Compteur remplacé", "visibility", "customer"));
    }

    @Test
    void notesAreInternalAndEverythingElseIsShownUnlessStaffSayOtherwise() {
        JsonNode all = api.get("/api/crm/interactions/?client=" + client).as(agentToken).send().json();

        assertThat(visibilities(all)).containsEntry(note.toString(), "internal")
                .containsEntry(call.toString(), "customer").containsEntry(sharedNote.toString(), "customer");
        assertThat(all.path("results").get(0).path("author").asString()).isEqualTo(agent.toString());
    }

    @Test
    void theClientSeesOnlyWhatIsShownToItAndNoStaffId() {
        String customer = Tokens.clientOf(client);

        Api.Reply list = api.get("/api/crm/interactions/").as(customer).send();
        Api.Reply byAuthor = api.get("/api/crm/interactions/?author=" + agent).as(customer).send();
        Api.Reply internal = api.get("/api/crm/interactions/" + note + "/").as(customer).send();
        Api.Reply shown = api.get("/api/crm/interactions/" + call + "/").as(customer).send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("count").asInt()).isEqualTo(2);
        assertThat(visibilities(list.json()).keySet()).containsExactlyInAnyOrder(call.toString(),
                sharedNote.toString());
        assertThat(list.body()).doesNotContain(agent.toString(), "impayés");
        assertThat(byAuthor.json().path("count").asInt()).as("the author filter is not the client's").isEqualTo(2);
        assertThat(internal.status()).isEqualTo(404);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(agent.toString());
    }

    @Test
    void staffShowANoteToTheClientOrTakeItBack() {
        String customer = Tokens.clientOf(client);

        Api.Reply shown = api.patch("/api/crm/interactions/" + note + "/", Map.of("visibility", "customer"))
                .as(agentToken).send();
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(api.get("/api/crm/interactions/" + note + "/").as(customer).send().status()).isEqualTo(200);

        api.patch("/api/crm/interactions/" + note + "/", Map.of("visibility", "internal")).as(agentToken).send();
        assertThat(api.get("/api/crm/interactions/" + note + "/").as(customer).send().status()).isEqualTo(404);
    }

    @Test
    void onlyStaffChangeAVisibilityAndOnlyToAKnownOne() {
        Api.Reply byClient = api.patch("/api/crm/interactions/" + note + "/", Map.of("visibility", "customer"))
                .as(Tokens.clientOf(client)).send();
        Api.Reply unknown = api.patch("/api/crm/interactions/" + note + "/", Map.of("visibility", "public"))
                .as(agentToken).send();
        Api.Reply missing = api.patch("/api/crm/interactions/" + note + "/", Map.of()).as(agentToken).send();
        Api.Reply atCreation = api.post("/api/crm/interactions/", Map.of("client", client.toString(), "type", "sms",
                "summary", "x", "visibility", "secret")).as(agentToken).send();

        assertThat(byClient.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldsInError()).containsExactly("visibility");
        assertThat(missing.fieldsInError()).containsExactly("visibility");
        assertThat(atCreation.fieldsInError()).containsExactly("visibility");
        assertThat(api.get("/api/crm/interactions/" + note + "/").as(Tokens.clientOf(client)).send().status())
                .isEqualTo(404);
    }

    private UUID record(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("client", client.toString());
        Api.Reply reply = api.post("/api/crm/interactions/", body).as(agentToken).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    private static Map<String, String> visibilities(JsonNode page) {
        Map<String, String> visibilities = new HashMap<>();
        for (JsonNode interaction : page.path("results")) {
            visibilities.put(interaction.path("id").asString(), interaction.path("visibility").asString());
        }
        return visibilities;
    }
}
