package energy.mwolo.cms.leads;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.cms.AbstractApiIT;
import energy.mwolo.cms.Tokens;
import energy.mwolo.contracts.Topics;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadApiIT extends AbstractApiIT {

    private static Map<String, Object> form(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Grâce <b>Mbuyi</b>");
        body.put("email", email);
        body.put("phone", "+243 99 123 4567");
        body.put("subject", "Raccordement");
        body.put("message", "Je souhaite raccorder ma boutique à Ngaliema.");
        return body;
    }

    private long leadsOf(String email) {
        return jdbc.sql("SELECT count(*) FROM leads WHERE email = ?").param(email).query(Long.class).single();
    }

    @Test
    void theContactFormKeepsTheMessageAndAnnouncesTheLeadForCrm() {
        String email = "grace." + UUID.randomUUID() + "@example.cd";

        Api.Reply reply = post("/api/cms/leads/", form(email), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        assertThat(reply.json().path("status").asString()).isEqualTo("received");
        assertThat(leadsOf(email)).isEqualTo(1);
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.CMS_LEAD_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(1, e -> e.value().contains(email),
                    Duration.ofSeconds(60));
            assertThat(received.get(0).header("ce_type")).isEqualTo("cms.LeadSubmitted");
            var payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(received.get(0).value());
            assertThat(payload.path("name").asString()).isEqualTo("Grâce Mbuyi");
            assertThat(payload.path("phone").asString()).isEqualTo("+243 99 123 4567");
        }
    }

    @Test
    void aFilledHoneypotIsAnsweredAsASuccessAndKeepsNothing() {
        String email = "robot." + UUID.randomUUID() + "@example.cd";
        Map<String, Object> body = form(email);
        body.put("website", "https://spam.example");

        Api.Reply reply = post("/api/cms/leads/", body, null);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("status").asString()).isEqualTo("received");
        assertThat(leadsOf(email)).isZero();
    }

    @Test
    void aFormWithoutMessageOrWithABadEmailIsA400NamingTheFields() {
        Map<String, Object> body = form("pas-une-adresse");
        body.remove("message");

        Api.Reply reply = post("/api/cms/leads/", body, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactlyInAnyOrder("email", "message");
    }

    @Test
    void theMessagesAreStaffsOnly() {
        post("/api/cms/leads/", form("staff." + UUID.randomUUID() + "@example.cd"), null);

        assertThat(api.get("/api/cms/leads/").send().status()).isEqualTo(401);
        assertThat(api.get("/api/cms/leads/").as(Tokens.client()).send().status()).isEqualTo(403);
        Api.Reply staff = api.get("/api/cms/leads/").as(Tokens.admin()).send();
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().path("count").asLong()).isPositive();
    }
}
