package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A resolved or closed ticket is no longer assigned; reopen it first. */
public class TicketNotActive extends DomainException {

    public TicketNotActive(String number, TicketStatus status) {
        super(ErrorKind.CONFLICT, "support.ticket.not_active", null, number,
                status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
