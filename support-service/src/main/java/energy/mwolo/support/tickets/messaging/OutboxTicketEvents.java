package energy.mwolo.support.tickets.messaging;

import energy.mwolo.contracts.support.TicketAssigned;
import energy.mwolo.contracts.support.TicketOpened;
import energy.mwolo.contracts.support.TicketResolved;
import energy.mwolo.contracts.support.TicketSlaBreached;
import energy.mwolo.contracts.support.TicketStatusChanged;
import energy.mwolo.platform.outbox.Outbox;
import energy.mwolo.support.kernel.Codes;
import energy.mwolo.support.tickets.application.TicketEventPublisher;
import energy.mwolo.support.tickets.model.Assignment;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketEvent;
import energy.mwolo.support.tickets.model.TicketFacts;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Maps a ticket's domain events to the contracts of {@code support.ticket.events}; the Kafka key is the ticket id,
 * so a ticket's events stay in order. Warnings and replies are not published: they are staff's and the client's
 * business, not other services'.
 */
@Component
class OutboxTicketEvents implements TicketEventPublisher {

    private final Outbox outbox;
    private final ReplyNotifications notifications;

    OutboxTicketEvents(Outbox outbox, ReplyNotifications notifications) {
        this.outbox = outbox;
        this.notifications = notifications;
    }

    @Override
    public void publish(Ticket ticket, List<TicketEvent> events) {
        String key = ticket.id().toString();
        UUID id = ticket.id().value();
        TicketFacts facts = ticket.facts();
        String priority = Codes.of(ticket.priority());
        Assignment holder = ticket.assignment();
        UUID assignee = holder == null ? null : holder.agent();
        for (TicketEvent event : events) {
            if (event instanceof TicketEvent.Opened opened) {
                outbox.publish(TicketOpened.CONTRACT, key, new TicketOpened(id, ticket.number(), facts.client(),
                        facts.site(), facts.agency(), Codes.of(facts.category()), priority, facts.subject(),
                        facts.invoice(), facts.meter(), ticket.openedBy(), ticket.sla().firstResponseDue(),
                        ticket.sla().resolutionDue(), opened.at()));
            } else if (event instanceof TicketEvent.Assigned assigned) {
                Assignment to = assigned.assignment();
                outbox.publish(TicketAssigned.CONTRACT, key, new TicketAssigned(id, ticket.number(), facts.client(),
                        to.agent(), to.team(), assigned.previousAgent(), assigned.previousTeam(), to.automatic(),
                        to.by(), to.at()));
            } else if (event instanceof TicketEvent.StatusChanged changed) {
                outbox.publish(TicketStatusChanged.CONTRACT, key, new TicketStatusChanged(id, ticket.number(),
                        facts.client(), Codes.of(changed.from()), Codes.of(changed.to()), changed.by(),
                        changed.at()));
            } else if (event instanceof TicketEvent.SlaBreached breached) {
                outbox.publish(TicketSlaBreached.CONTRACT, key, new TicketSlaBreached(id, ticket.number(),
                        facts.client(), facts.agency(), assignee, priority, Codes.of(breached.target()),
                        breached.due(), breached.at()));
            } else if (event instanceof TicketEvent.Resolved resolved) {
                outbox.publish(TicketResolved.CONTRACT, key, new TicketResolved(id, ticket.number(), facts.client(),
                        Codes.of(facts.category()), priority, assignee, resolved.by(), ticket.sla().resolutionDue(),
                        resolved.withinSla(), resolved.at()));
            } else if (event instanceof TicketEvent.StaffReplied replied) {
                notifications.staffReplied(ticket, replied.message());
            }
        }
    }
}
