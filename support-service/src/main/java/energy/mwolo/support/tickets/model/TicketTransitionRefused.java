package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The workflow has no such step from the ticket's status. */
public class TicketTransitionRefused extends DomainException {

    public TicketTransitionRefused(TicketStatus from, TicketStatus to) {
        super(ErrorKind.CONFLICT, "support.ticket.transition_refused", null, code(from), code(to));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
