package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A run cannot go from its status to that one (validated twice, paid before validated, recomputed once final). */
public class RunTransitionRefused extends DomainException {

    public RunTransitionRefused(RunStatus from, String to) {
        super(ErrorKind.CONFLICT, "hr.payroll.transition_refused", null, Codes.of(from), to);
    }
}
