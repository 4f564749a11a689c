package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.Assignment;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketMessage;
import java.util.List;
import java.util.Optional;

/** Reading tickets, their messages and their assignments. */
public interface TicketDirectory {

    Optional<Ticket> find(TicketId id);

    long count(TicketQuery query);

    List<Ticket> find(TicketQuery query, long offset, int limit);

    /** Oldest first; without internal notes unless asked. */
    List<TicketMessage> messagesOf(TicketId id, boolean withInternalNotes);

    /** Every assignment, oldest first. */
    List<Assignment> assignmentsOf(TicketId id);
}
