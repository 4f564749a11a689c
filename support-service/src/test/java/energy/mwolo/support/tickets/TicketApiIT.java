package energy.mwolo.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.embedded.notifications.CaughtMail;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import energy.mwolo.support.AbstractApiIT;
import energy.mwolo.support.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketApiIT extends AbstractApiIT {

    private static final String TICKETS = "/api/support/tickets/";

    @Test
    void aClientOpensATicketForItselfWithANumberDeadlinesAndATicketOpenedEvent() {
        UUID client = registerClient();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.SUPPORT_TICKET_EVENTS)) {
            Api.Reply reply = post(TICKETS, ticket("billing", null), Tokens.client(client));

            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            JsonNode body = reply.json();
            assertThat(body.path("number").asString()).matches("TK-\\d{4}-\\d{6}");
            assertThat(body.path("client").asString()).isEqualTo(client.toString());
            assertThat(body.path("agency").asString()).isEqualTo(AGENCY.toString());
            assertThat(body.path("status").asString()).isEqualTo("open");
            assertThat(body.path("priority").asString()).isEqualTo("normal");
            assertThat(body.path("first_response_due").isNull()).isFalse();
            assertThat(body.path("resolution_due").isNull()).isFalse();
            assertThat(reply.location()).endsWith(TICKETS + body.path("id").asString() + "/");

            ReceivedEvent opened = events.awaitAtLeast(1, event -> body.path("id").asString().equals(event.key())
                    && "support.TicketOpened".equals(event.header("ce_type")), WAIT).get(0);
            assertThat(Json.read(opened.value()).path("number").asString())
                    .isEqualTo(body.path("number").asString());
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyOpensOneTicket() {
        UUID client = registerClient();
        String key = UUID.randomUUID().toString();
        String token = Tokens.client(client);

        Api.Reply first = api.post(TICKETS, ticket("meter", null)).as(token).header(IDEMPOTENCY_KEY, key).send();
        Api.Reply second = api.post(TICKETS, ticket("meter", null)).as(token).header(IDEMPOTENCY_KEY, key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(second.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(jdbc.sql("select count(*) from tickets where client_id = ?").param(client).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aClientReadingAnotherClientsTicketIsToldItDoesNotExist() {
        UUID owner = registerClient();
        UUID other = registerClient();
        UUID ticket = open(Tokens.client(owner), ticket("billing", null));

        assertThat(get(TICKETS + ticket + "/", Tokens.client(other)).status()).isEqualTo(404);
        Api.Reply reply = post(TICKETS + ticket + "/messages/", Map.of("body", "Moi aussi"), Tokens.client(other));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(get(TICKETS, Tokens.client(other)).json().path("count").asLong()).isZero();
        assertThat(get(TICKETS, Tokens.client(owner)).json().path("count").asLong()).isEqualTo(1);
    }

    @Test
    void anEmployeeWithoutSupportRightsReadsAndAnswersNothing() {
        UUID client = registerClient();
        UUID ticket = open(Tokens.client(client), ticket("billing", null));

        assertThat(get(TICKETS, Tokens.employee()).status()).isEqualTo(403);
        assertThat(get(TICKETS + ticket + "/", Tokens.employee()).status()).isIn(403, 404);
        assertThat(post(TICKETS + ticket + "/messages/", Map.of("body", "Bonjour"), Tokens.employee()).status())
                .isIn(403, 404);
        assertThat(get(TICKETS + ticket + "/", Tokens.admin()).json().path("messages").size()).isZero();
    }

    @Test
    void theClientSeesStaffsReplyButNeverTheInternalNote() {
        UUID client = registerClient();
        UUID ticket = open(Tokens.client(client), ticket("billing", null));

        assertThat(post(TICKETS + ticket + "/messages/", Map.of("body", "Nous vérifions votre facture."),
                Tokens.admin()).status()).isEqualTo(201);
        assertThat(post(TICKETS + ticket + "/messages/", Map.of("body", "Client déjà relancé deux fois",
                "internal", true), Tokens.admin()).status()).isEqualTo(201);

        JsonNode seenByClient = get(TICKETS + ticket + "/", Tokens.client(client)).json();
        assertThat(bodies(seenByClient)).containsExactly("Nous vérifions votre facture.");
        assertThat(seenByClient.toString()).doesNotContain("relancé");
        assertThat(seenByClient.path("status").asString()).isEqualTo("in_progress");
        assertThat(seenByClient.path("first_responded_at").isNull()).isFalse();
        assertThat(bodies(get(TICKETS + ticket + "/", Tokens.admin()).json()))
                .containsExactly("Nous vérifions votre facture.", "Client déjà relancé deux fois");

        Awaitility.await().atMost(WAIT).until(() -> !MAIL.messagesTo(client + "@example.cd").isEmpty());
        CaughtMail mail = MAIL.messagesTo(client + "@example.cd").get(0);
        assertThat(mail.subject()).isEqualTo("Réponse à votre ticket " + seenByClient.path("number").asString());
        assertThat(mail.text()).contains("Nous vérifions votre facture.").doesNotContain("relancé");

        Api.Reply note = post(TICKETS + ticket + "/messages/", Map.of("body", "note", "internal", true),
                Tokens.client(client));
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.code()).isEqualTo("support.message.internal_for_staff");
    }

    @Test
    void staffsReplyOnAnOutageIsAlsoTextedButNotOnAnotherTicket() {
        UUID client = registerClient();
        UUID outage = open(Tokens.client(client), ticket("outage", null));
        UUID billing = open(Tokens.client(client), ticket("billing", null));
        String outageNumber = get(TICKETS + outage + "/", Tokens.admin()).json().path("number").asString();
        String billingNumber = get(TICKETS + billing + "/", Tokens.admin()).json().path("number").asString();

        post(TICKETS + billing + "/messages/", Map.of("body", "Nous vérifions."), Tokens.admin());
        post(TICKETS + outage + "/messages/", Map.of("body", "Une équipe est en route."), Tokens.admin());

        Awaitility.await().atMost(WAIT).until(() -> SMS.sentTo("+243810000000").stream()
                .anyMatch(sms -> sms.text().contains(outageNumber)));
        Awaitility.await().atMost(WAIT).until(() -> MAIL.messagesTo(client + "@example.cd").size() == 2);
        assertThat(SMS.sentTo("+243810000000").stream().filter(sms -> sms.text().contains(billingNumber)))
                .isEmpty();
    }

    @Test
    void aTicketGoesThroughItsWorkflowAndACustomerReplyEndsTheWait() {
        UUID client = registerClient();
        String token = Tokens.client(client);
        UUID ticket = open(token, ticket("connection", null));

        assertThat(status(ticket, "waiting_customer").path("sla_paused").asBoolean()).isTrue();
        JsonNode replied = post(TICKETS + ticket + "/messages/", Map.of("body", "Voici le relevé."), token).json();
        assertThat(replied.path("status").asString()).isEqualTo("in_progress");
        assertThat(replied.path("sla_paused").asBoolean()).isFalse();

        JsonNode resolved = status(ticket, "resolved");
        assertThat(resolved.path("resolved_at").isNull()).isFalse();
        JsonNode closed = status(ticket, "closed");
        assertThat(closed.path("closed_at").isNull()).isFalse();

        Api.Reply late = post(TICKETS + ticket + "/messages/", Map.of("body", "Encore moi"), token);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("support.ticket.closed");
        Api.Reply backwards = post(TICKETS + ticket + "/status/", Map.of("status", "open"), Tokens.admin());
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.code()).isEqualTo("support.ticket.transition_refused");

        Api.Reply reopened = post(TICKETS + ticket + "/reopen/", Map.of(), token);
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().path("status").asString()).isEqualTo("in_progress");
        assertThat(reopened.json().path("resolved_at").isNull()).isTrue();
    }

    @Test
    void reopeningAfterThePeriodIsRefusedAndChangesNothing() {
        UUID client = registerClient();
        UUID ticket = open(Tokens.client(client), ticket("other", null));
        status(ticket, "resolved");
        clock.set(clock.instant().plus(Duration.ofDays(8)));

        Api.Reply reply = post(TICKETS + ticket + "/reopen/", Map.of(), Tokens.client(client));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("support.ticket.reopen_period_over");
        assertThat(get(TICKETS + ticket + "/", Tokens.admin()).json().path("status").asString())
                .isEqualTo("resolved");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        UUID client = registerClient();
        String token = Tokens.client(client);

        Api.Reply unknown = post(TICKETS, ticket("weather", null), token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("support.validation.unknown_code");
        assertThat(unknown.fieldsInError()).containsExactly("category");

        Api.Reply tooUrgent = post(TICKETS, ticket("billing", "critical"), token);
        assertThat(tooUrgent.status()).isEqualTo(400);
        assertThat(tooUrgent.code()).isEqualTo("support.ticket.priority_not_allowed");

        Api.Reply english = api.post(TICKETS, ticket("billing", "high")).as(token)
                .header("Accept-Language", "en").send();
        assertThat(english.json().path("detail").asString()).contains("at most the \"normal\" priority");

        assertThat(jdbc.sql("select count(*) from tickets where client_id = ?").param(client).query(Long.class)
                .single()).isZero();
        assertThat(post(TICKETS, ticket("outage", "critical"), token).status()).isEqualTo(201);
    }

    @Test
    void listsPutTheMostSevereFirstNotTheAlphabeticallyFirst() {
        UUID client = registerClient();
        for (String priority : List.of("low", "critical", "normal", "high")) {
            open(Tokens.admin(), withClient(ticket("other", priority), client));
        }

        JsonNode list = get(TICKETS + "?client=" + client, Tokens.admin()).json();

        assertThat(list.path("results").valueStream().map(row -> row.path("priority").asString()).toList())
                .containsExactly("critical", "high", "normal", "low");
    }

    @Test
    void operationsReadsTheOutagesOfItsOwnAgencyOnly() {
        UUID client = registerClient();
        UUID outage = open(Tokens.client(client), ticket("outage", null));
        UUID billing = open(Tokens.client(client), ticket("billing", null));

        assertThat(get(TICKETS + outage + "/", Tokens.operations(AGENCY)).status()).isEqualTo(200);
        assertThat(get(TICKETS + billing + "/", Tokens.operations(AGENCY)).status()).isEqualTo(404);
        assertThat(get(TICKETS + outage + "/", Tokens.operations(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(post(TICKETS + outage + "/messages/", Map.of("body", "vu"), Tokens.operations(AGENCY)).status())
                .isEqualTo(403);
    }

    private JsonNode status(UUID ticket, String status) {
        Api.Reply reply = post(TICKETS + ticket + "/status/", Map.of("status", status), Tokens.admin());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static Map<String, Object> withClient(Map<String, Object> body, UUID client) {
        body.put("client", client.toString());
        return body;
    }

    private static List<String> bodies(JsonNode ticket) {
        return ticket.path("messages").valueStream().map(message -> message.path("body").asString()).toList();
    }
}
