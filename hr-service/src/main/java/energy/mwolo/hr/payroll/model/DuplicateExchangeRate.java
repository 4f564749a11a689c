package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** One rate a day: runs already computed at it must stay explainable. */
public class DuplicateExchangeRate extends DomainException {

    public DuplicateExchangeRate(LocalDate day) {
        super(ErrorKind.CONFLICT, "hr.payroll.exchange_rate_exists", "date", day);
    }
}
