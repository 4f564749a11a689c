package energy.mwolo.crm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Publisher;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class WebsiteLeadIT extends AbstractApiIT {

    @Test
    void aLeadBecomesAProspectWithAnInboundNoteOnceAndASecondLeadAddsToTheSameTimeline() {
        String email = "lead-" + UUID.randomUUID() + "@example.cd";
        UUID first = UUID.randomUUID();
        try (Publisher publisher = new Publisher(bootstrapServers())) {
            LeadSubmitted lead = new LeadSubmitted(UUID.randomUUID(), "Grâce Mbuyi", email, "099 123 4567",
                    "Raccordement", "Je souhaite raccorder ma boutique.", Instant.now());
            publisher.publish(first, LeadSubmitted.CONTRACT, lead.leadId().toString(), lead);
            publisher.publish(first, LeadSubmitted.CONTRACT, lead.leadId().toString(), lead);
            LeadSubmitted again = new LeadSubmitted(UUID.randomUUID(), "Grâce Mbuyi", email.toUpperCase(), "n/a",
                    null, "Avez-vous reçu ma demande ?", Instant.now());
            publisher.publish(UUID.randomUUID(), LeadSubmitted.CONTRACT, again.leadId().toString(), again);
        }

        Api.Reply clients = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/crm/clients/?email=" + email).as(Tokens.salesAgent()).send(),
                        reply -> reply.json().path("count").asInt() == 1);
        String client = clients.json().path("results").get(0).path("id").asString();
        assertThat(clients.json().path("results").get(0).path("status").asString()).isEqualTo("prospect");
        assertThat(clients.json().path("results").get(0).path("phone").asString()).isEqualTo("+243991234567");
        Api.Reply timeline = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/crm/interactions/?client=" + client).as(Tokens.salesAgent()).send(),
                        reply -> reply.json().path("count").asInt() >= 2);
        assertThat(timeline.json().path("count").asInt()).isEqualTo(2);
        assertThat(timeline.json().path("results").get(0).path("summary").asString()).contains("reçu ma demande");
    }

    @Test
    void staffRecordInteractionsAndACustomerSeesOnlyItsOwn() {
        UUID mine = client();
        UUID other = client();
        Api.Reply recorded = api.post("/api/crm/interactions/", Map.of("client", other.toString(), "type", "call",
                "direction", "outbound", "summary", "Relance")).as(Tokens.salesAgent()).send();
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().path("id").asString();

        assertThat(api.get("/api/crm/interactions/" + id + "/").as(Tokens.clientOf(mine)).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/crm/interactions/?client=" + other).as(Tokens.clientOf(mine)).send().json()
                .path("count").asInt()).isZero();
        assertThat(api.get("/api/crm/interactions/" + id + "/").as(Tokens.hr()).send().status()).isEqualTo(200);
        assertThat(api.post("/api/crm/interactions/", Map.of("client", mine.toString(), "type", "note",
                "summary", "x")).as(Tokens.clientOf(mine)).send().status()).isEqualTo(403);
    }
}
