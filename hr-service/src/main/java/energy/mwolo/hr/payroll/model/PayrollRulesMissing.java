package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** No rate, scale or band of that kind is in force on the day: the data must be completed first. */
public class PayrollRulesMissing extends DomainException {

    public PayrollRulesMissing(LocalDate day, String what) {
        super(ErrorKind.CONFLICT, "hr.payroll.rules_missing", null, what, day);
    }
}
