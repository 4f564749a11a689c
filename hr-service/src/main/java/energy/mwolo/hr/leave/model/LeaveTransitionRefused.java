package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.Locale;

/** The request is not in a state that allows this step. */
public class LeaveTransitionRefused extends DomainException {

    public LeaveTransitionRefused(LeaveStatus from, LeaveStatus to) {
        super(ErrorKind.CONFLICT, "hr.leave.transition_refused", null, from.name().toLowerCase(Locale.ROOT),
                to.name().toLowerCase(Locale.ROOT));
    }
}
