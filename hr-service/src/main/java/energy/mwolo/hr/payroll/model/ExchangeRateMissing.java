package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** A run needs the USD/CDF rate of its date, and none was entered. */
public class ExchangeRateMissing extends DomainException {

    public ExchangeRateMissing(LocalDate day) {
        super(ErrorKind.CONFLICT, "hr.payroll.exchange_rate_missing", null, day);
    }
}
