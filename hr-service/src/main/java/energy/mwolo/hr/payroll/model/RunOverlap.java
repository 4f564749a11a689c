package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.YearMonth;

/** The month already has a run paying some of the same people (the company's, or the agency's). */
public class RunOverlap extends DomainException {

    public RunOverlap(YearMonth month, PayrollRunId existing) {
        super(ErrorKind.CONFLICT, "hr.payroll.run_exists", null, month, existing);
    }
}
