package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.YearMonth;

/** The month was validated for this employee: a correction goes into a later month as an adjustment. */
public class InputLocked extends DomainException {

    public InputLocked(YearMonth month) {
        super(ErrorKind.CONFLICT, "hr.payroll.input_locked", null, month);
    }
}
