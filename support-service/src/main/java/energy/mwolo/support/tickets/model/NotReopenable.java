package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Only a resolved or closed ticket is reopened. */
public class NotReopenable extends DomainException {

    public NotReopenable(String number, TicketStatus status) {
        super(ErrorKind.CONFLICT, "support.ticket.not_reopenable", null, number, code(status));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
