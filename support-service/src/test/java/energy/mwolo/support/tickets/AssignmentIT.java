package energy.mwolo.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import energy.mwolo.support.AbstractApiIT;
import energy.mwolo.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each test works at an agency of its own, so that other tests' tickets do not take its agents' turns. */
class AssignmentIT extends AbstractApiIT {

    private static final String TICKETS = "/api/support/tickets/";

    @Test
    void newTicketsGoRoundTheAvailableAgentsOfTheirAgencyAndCategory() {
        UUID agency = UUID.randomUUID();
        UUID first = agent(agency, List.of("billing"), true);
        UUID second = agent(agency, List.of("billing", "meter"), true);
        agent(agency, List.of("billing"), false);
        agent(agency, List.of("outage"), true);
        UUID client = registerClient(agency);

        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID ticket = open(Tokens.client(client), ticket("billing", null));
            JsonNode shown = get(TICKETS + ticket + "/", Tokens.admin()).json();
            assertThat(shown.path("team").asString()).isEqualTo(agency.toString());
            assignees.add(shown.path("assignee").asString());
        }

        assertThat(assignees.subList(0, 2)).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(assignees.subList(2, 4)).isEqualTo(assignees.subList(0, 2));
    }

    @Test
    void withoutAnAgentTheTicketGoesToTheAgencysTeamAndAReassignmentIsRecorded() {
        UUID agency = UUID.randomUUID();
        UUID client = registerClient(agency);
        UUID ticket = open(Tokens.client(client), ticket("outage", null));
        UUID agent = agent(agency, List.of("outage"), true);

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.SUPPORT_TICKET_EVENTS)) {
            Api.Reply reply = post(TICKETS + ticket + "/assign/", Map.of("agent", agent.toString()), Tokens.admin());

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode assignments = reply.json().path("assignments");
            assertThat(assignments).hasSize(2);
            assertThat(assignments.get(0).path("automatic").asBoolean()).isTrue();
            assertThat(assignments.get(0).path("agent").isNull()).isTrue();
            assertThat(assignments.get(1).path("agent").asString()).isEqualTo(agent.toString());
            assertThat(assignments.get(1).path("automatic").asBoolean()).isFalse();
            List<ReceivedEvent> assigned = events.awaitAtLeast(2, event -> ticket.toString().equals(event.key())
                    && "support.TicketAssigned".equals(event.header("ce_type")), WAIT);
            JsonNode reassigned = Json.read(assigned.get(1).value());
            assertThat(reassigned.path("previous_team_agency_id").asString()).isEqualTo(agency.toString());
            assertThat(reassigned.path("assignee_id").asString()).isEqualTo(agent.toString());
        }
        Api.Reply unknown = post(TICKETS + ticket + "/assign/", Map.of("agent", UUID.randomUUID().toString()),
                Tokens.admin());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("support.assignment.agent_unknown");
        assertThat(post(TICKETS + ticket + "/assign/", Map.of("agent", agent.toString()), Tokens.client(client))
                .status()).isEqualTo(403);
    }

    @Test
    void theSlaReportCountsPerAgencyAndAgent() {
        UUID agency = UUID.randomUUID();
        UUID agent = agent(agency, List.of("other"), true);
        UUID client = registerClient(agency);
        UUID ticket = open(Tokens.client(client), ticket("other", null));
        post(TICKETS + ticket + "/status/", Map.of("status", "resolved"), Tokens.admin());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Africa/Kinshasa")).toString();

        JsonNode report = get("/api/support/reports/sla/?from=" + today + "&to=" + today, Tokens.admin()).json();

        JsonNode line = report.path("agents").valueStream()
                .filter(row -> row.path("agent").asString().equals(agent.toString())).findFirst().orElseThrow();
        assertThat(line.path("figures").path("opened").asLong()).isEqualTo(1);
        assertThat(line.path("figures").path("resolved").asLong()).isEqualTo(1);
        assertThat(report.path("agencies").valueStream()
                .anyMatch(row -> row.path("agency").asString().equals(agency.toString()))).isTrue();
        assertThat(get("/api/support/reports/sla/?from=" + today + "&to=" + today, Tokens.client(client)).status())
                .isEqualTo(403);
    }

    private UUID agent(UUID agency, List<String> categories, boolean available) {
        UUID user = UUID.randomUUID();
        Api.Reply reply = api.put("/api/support/agents/" + user + "/", Map.of("agency", agency.toString(),
                "display_name", "Agent " + user.toString().substring(0, 4), "categories", categories,
                "available", available)).as(Tokens.admin()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return user;
    }
}
