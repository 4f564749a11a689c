package energy.mwolo.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.operations.MeterDisconnected;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.ServiceEvents;
import energy.mwolo.support.AbstractApiIT;
import energy.mwolo.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MeterEventsIT extends AbstractApiIT {

    private static final String TICKETS = "/api/support/tickets/";

    @Test
    void aCutMeterIsToldOnTheClientsOpenConnectionTicketsOnlyAndOnce() {
        UUID client = registerClient();
        UUID site = registerSite(client);
        UUID connection = open(Tokens.client(client), ticket("connection", null));
        UUID billing = open(Tokens.client(client), ticket("billing", null));
        MeterDisconnected cut = new MeterDisconnected(UUID.randomUUID(), "MW-0004512", site, null, null,
                "meter_event", Instant.parse("2026-07-06T09:30:00Z"));

        try (ServiceEvents operations = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.OPERATIONS)) {
            UUID eventId = operations.publish(MeterDisconnected.CONTRACT, cut.meterId(), cut);
            operations.publish(eventId, MeterDisconnected.CONTRACT, cut.meterId(), cut);
        }

        Awaitility.await().atMost(WAIT).until(() -> systemMessages(connection).size() == 1);
        assertThat(systemMessages(connection)).singleElement().satisfies(message ->
                assertThat(message.path("body").asString()).contains("MW-0004512").contains("coupé")
                        .contains("06/07/2026 à 10:30"));
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() ->
                systemMessages(connection).size() == 1 && systemMessages(billing).isEmpty());
    }

    private List<JsonNode> systemMessages(UUID ticket) {
        return get(TICKETS + ticket + "/", Tokens.client(ticketClient(ticket))).json().path("messages").valueStream()
                .filter(message -> message.path("author_kind").asString().equals("system")).toList();
    }

    private UUID ticketClient(UUID ticket) {
        return jdbc.sql("select client_id from tickets where id = ?").param(ticket).query(UUID.class).single();
    }
}
