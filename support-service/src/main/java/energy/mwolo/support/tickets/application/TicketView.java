package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.Assignment;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketMessage;
import java.util.List;

/** A ticket with what the caller may see of its messages (no internal note for a client) and assignments. */
public record TicketView(Ticket ticket, List<TicketMessage> messages, List<Assignment> assignments) {
}
