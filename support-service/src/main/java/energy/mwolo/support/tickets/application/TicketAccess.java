package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.kernel.Codes;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketNotFound;
import energy.mwolo.support.tickets.model.Tickets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loads a ticket for a change by someone who may read it: one a caller may not read does not exist for it (404,
 * as for an unknown id), so that a client cannot probe other clients' ticket ids. Other features (attachments) ask it
 * the same question.
 */
@Component
public class TicketAccess {

    private final Tickets tickets;

    TicketAccess(Tickets tickets) {
        this.tickets = tickets;
    }

    public Ticket lockReadable(TicketId id, CurrentUser user) {
        SupportAccess.requireSomeRead(user);
        return readableBy(user, id, tickets.lock(id));
    }

    /** The ticket if the caller may read it, without locking it; 404 otherwise. */
    public Ticket readable(TicketId id, CurrentUser user) {
        SupportAccess.requireSomeRead(user);
        return readableBy(user, id, tickets.find(id));
    }

    private static Ticket readableBy(CurrentUser user, TicketId id, Optional<Ticket> found) {
        Ticket ticket = found.orElseThrow(() -> new TicketNotFound(id));
        if (!SupportAccess.mayRead(user, ticket.facts().client(), ticket.facts().agency(),
                Codes.of(ticket.facts().category()))) {
            throw new TicketNotFound(id);
        }
        return ticket;
    }

    void save(Ticket ticket, TicketEventPublisher events) {
        tickets.update(ticket);
        events.publishRecordedEvents(ticket);
    }
}
