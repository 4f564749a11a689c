package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Allowances and overtime are entered in the salary's currency, which the request did not name. */
public class InputCurrencyMismatch extends DomainException {

    public InputCurrencyMismatch(PayCurrency given, PayCurrency salary) {
        super(ErrorKind.UNPROCESSABLE, "hr.payroll.input_currency", "currency", given, salary);
    }
}
