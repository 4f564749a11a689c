package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No such ticket, or none the caller may read (a client asking for another's ticket is told the same). */
public class TicketNotFound extends DomainException {

    public TicketNotFound(TicketId id) {
        super(ErrorKind.NOT_FOUND, "support.ticket.not_found", null, id);
    }
}
