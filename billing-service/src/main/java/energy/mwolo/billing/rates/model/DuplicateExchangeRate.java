package energy.mwolo.billing.rates.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

public class DuplicateExchangeRate extends DomainException {

    public DuplicateExchangeRate(LocalDate day) {
        super(ErrorKind.CONFLICT, "billing.exchange_rate.exists", "date", day.toString());
    }
}
