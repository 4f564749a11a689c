package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketEvent;
import java.util.List;

/** Where a ticket's recorded events go, in the transaction that changed it. */
public interface TicketEventPublisher {

    void publish(Ticket ticket, List<TicketEvent> events);

    default void publishRecordedEvents(Ticket ticket) {
        publish(ticket, ticket.pullEvents());
    }
}
