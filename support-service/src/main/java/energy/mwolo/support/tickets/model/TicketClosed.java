package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A closed ticket takes no message; reopen it first (within the reopen period). */
public class TicketClosed extends DomainException {

    public TicketClosed(String number) {
        super(ErrorKind.CONFLICT, "support.ticket.closed", null, number);
    }
}
