package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.agents.Agent;
import energy.mwolo.support.agents.AgentDirectory;
import energy.mwolo.support.kernel.Codes;
import energy.mwolo.support.kernel.InvalidField;
import energy.mwolo.support.tickets.model.Assignment;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketNotFound;
import energy.mwolo.support.tickets.model.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives tickets to agents or agency teams. A new ticket goes to the next available agent of its agency taking its
 * category (round robin), else to the agency's team; staff reassign by hand, and every assignment is kept.
 */
@Service
public class AssigningTicket {

    private final Tickets tickets;
    private final AgentDirectory agents;
    private final TicketEventPublisher events;
    private final Clock clock;

    AssigningTicket(Tickets tickets, AgentDirectory agents, TicketEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    /** A new ticket, within the opening's transaction; a ticket of no known agency waits for staff. */
    void assignAutomatically(Ticket ticket, Instant at) {
        UUID agency = ticket.facts().agency();
        if (agency != null) {
            Optional<Agent> agent = agents.nextFor(agency, Codes.of(ticket.facts().category()), at);
            ticket.assign(new Assignment(agent.map(Agent::user).orElse(null), agency, true, null, at));
        }
    }

    /**
     * To an agent (who must be a recorded agent; the team becomes the agent's agency) or to an agency's team.
     *
     * @throws InvalidField when neither or an unknown agent is named
     */
    @Transactional
    public void assign(TicketId id, UUID agent, UUID team, CurrentUser user) {
        SupportAccess.requireAgent(user);
        Ticket ticket = tickets.lock(id).orElseThrow(() -> new TicketNotFound(id));
        UUID teamOf = team;
        if (agent != null) {
            Agent known = agents.find(agent).orElseThrow(() ->
                    new InvalidField("agent", "support.assignment.agent_unknown", agent));
            teamOf = team == null ? known.agency() : team;
        } else if (team == null) {
            throw InvalidField.required("agent");
        }
        ticket.assign(new Assignment(agent, teamOf, false, user.userId(), clock.instant()));
        tickets.update(ticket);
        events.publishRecordedEvents(ticket);
    }
}
