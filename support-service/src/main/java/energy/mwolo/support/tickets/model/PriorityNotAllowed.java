package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A client chooses up to normal, or any priority for an outage. */
public class PriorityNotAllowed extends DomainException {

    public PriorityNotAllowed(Priority priority, Category category) {
        super(ErrorKind.INVALID, "support.ticket.priority_not_allowed", "priority", code(priority), code(category));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
