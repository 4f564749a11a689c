package energy.mwolo.crm.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.contracts.support.TicketOpened;
import energy.mwolo.contracts.support.TicketResolved;
import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketTimelineIT extends AbstractApiIT {

    @Test
    void aTicketsOpeningAndResolutionShowOnceOnTheClientsTimeline() {
        UUID client = client();
        UUID ticket = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        Instant opened = Instant.parse("2026-07-06T08:00:00Z");
        try (ServiceEvents support = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.SUPPORT)) {
            TicketOpened opening = new TicketOpened(ticket, "TK-2026-000042", client, null, null, "billing", "normal",
                    "Facture de mai trop élevée", null, null, user, null, null, opened);
            UUID eventId = support.publish(TicketOpened.CONTRACT, ticket, opening);
            support.publish(eventId, TicketOpened.CONTRACT, ticket, opening);
            support.publish(TicketResolved.CONTRACT, ticket, new TicketResolved(ticket, "TK-2026-000042", client,
                    "billing", "normal", null, user, null, true, opened.plusSeconds(3600)));
        }

        Api.Reply timeline = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/crm/interactions/?client=" + client).as(Tokens.clientOf(client)).send(),
                        reply -> reply.json().path("count").asInt() >= 2);
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/crm/interactions/?client=" + client).as(Tokens.salesAgent()).send().json()
                        .path("count").asInt() == 2);
        JsonNode newest = timeline.json().path("results").get(0);
        JsonNode oldest = timeline.json().path("results").get(1);
        assertThat(oldest.path("summary").asString())
                .isEqualTo("Ticket TK-2026-000042 ouvert (billing) : Facture de mai trop élevée");
        assertThat(oldest.path("ticket").asString()).isEqualTo(ticket.toString());
        assertThat(newest.path("summary").asString()).isEqualTo("Ticket TK-2026-000042 résolu");
    }
}
