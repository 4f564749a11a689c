package energy.mwolo.support.tickets.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A resolved ticket may be reopened only within the reopen period after its resolution. */
public class ReopenPeriodOver extends DomainException {

    public ReopenPeriodOver(String number, java.time.Instant until) {
        super(ErrorKind.CONFLICT, "support.ticket.reopen_period_over", null, number, until);
    }
}
