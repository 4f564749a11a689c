package energy.mwolo.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import energy.mwolo.support.AbstractApiIT;
import energy.mwolo.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SLA deadlines through the API on the test agency's calendar: Monday to Friday, 08:00 to 16:00 in Kinshasa, 30 June
 * a public holiday (a Tuesday in 2026); the service's clock is set to the instants the scenario needs.
 */
class SlaApiIT extends AbstractApiIT {

    private static final String TICKETS = "/api/support/tickets/";

    @Test
    void deadlinesSkipTheWeekendAndTheHolidayAndMoveByTheWorkingTimeSpentWaitingForTheCustomer() {
        UUID client = registerClient();
        clock.set(kinshasa("2026-06-26T15:00"));
        UUID ticket = open(Tokens.admin(), TicketApiIT.withClient(ticket("billing", "high"), client));

        JsonNode opened = get(TICKETS + ticket + "/", Tokens.admin()).json();
        // high: 4 h to respond (1 on Friday, 3 on Monday), 16 h to resolve (1 + 8 on Monday, Tuesday off, 7)
        assertThat(instant(opened, "first_response_due")).isEqualTo(kinshasa("2026-06-29T11:00"));
        assertThat(instant(opened, "resolution_due")).isEqualTo(kinshasa("2026-07-01T15:00"));

        clock.set(kinshasa("2026-06-26T15:30"));
        assertThat(post(TICKETS + ticket + "/status/", Map.of("status", "waiting_customer"), Tokens.admin())
                .status()).isEqualTo(200);
        clock.set(kinshasa("2026-06-29T15:00"));
        JsonNode resumed = post(TICKETS + ticket + "/messages/", Map.of("body", "Voici ma facture."),
                Tokens.client(client)).json();

        assertThat(resumed.path("status").asString()).isEqualTo("in_progress");
        // 3.5 h were left to respond: 1 on Monday, Tuesday off, 2.5 on Wednesday
        assertThat(instant(resumed, "first_response_due")).isEqualTo(kinshasa("2026-07-01T10:30"));
        // 15.5 h were left to resolve: 1 on Monday, Tuesday off, 8 on Wednesday, 6.5 on Thursday
        assertThat(instant(resumed, "resolution_due")).isEqualTo(kinshasa("2026-07-02T14:30"));
    }

    @Test
    void aNearDeadlineIsAnInternalNoteAndAPassedOneIsPublishedOnceAsTicketSlaBreached() {
        UUID client = registerClient();
        clock.set(kinshasa("2026-06-26T15:00"));
        UUID ticket = open(Tokens.admin(), TicketApiIT.withClient(ticket("outage", "critical"), client));
        clock.set(kinshasa("2026-06-26T15:45"));
        Awaitility.await().atMost(WAIT).until(() -> get(TICKETS + ticket + "/", Tokens.admin()).json()
                .path("messages").valueStream().anyMatch(message -> message.path("internal").asBoolean()));
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.SUPPORT_TICKET_EVENTS)) {
            clock.set(kinshasa("2026-06-29T12:00"));

            List<ReceivedEvent> breaches = events.awaitAtLeast(2, event -> ticket.toString().equals(event.key())
                    && "support.TicketSlaBreached".equals(event.header("ce_type")), WAIT);

            assertThat(breaches).extracting(event -> Json.read(event.value()))
                    .anySatisfy(breach -> assertThat(breach.path("target").asString()).isEqualTo("first_response"))
                    .anySatisfy(breach -> {
                        assertThat(breach.path("target").asString()).isEqualTo("resolution");
                        assertThat(Instant.parse(breach.path("due_at").asString()))
                                .isEqualTo(kinshasa("2026-06-29T11:00"));
                    });
            assertThat(events.readAll(Duration.ofSeconds(3)).stream().filter(event ->
                    ticket.toString().equals(event.key())
                            && "support.TicketSlaBreached".equals(event.header("ce_type")))).hasSize(2);
        }
        JsonNode late = get(TICKETS + ticket + "/", Tokens.admin()).json();
        assertThat(late.path("first_response_breached").asBoolean()).isTrue();
        assertThat(late.path("resolution_breached").asBoolean()).isTrue();
        assertThat(late.path("messages").valueStream().filter(message -> message.path("internal").asBoolean()))
                .isNotEmpty();
        assertThat(get(TICKETS + ticket + "/", Tokens.client(client)).json().path("messages").valueStream()
                .filter(message -> message.path("internal").asBoolean())).isEmpty();
    }

    private static Instant instant(JsonNode ticket, String field) {
        return Instant.parse(ticket.path(field).asString());
    }

    private static Instant kinshasa(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+01:00").toInstant();
    }
}
