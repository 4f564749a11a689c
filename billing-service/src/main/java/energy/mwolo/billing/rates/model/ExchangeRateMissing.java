package energy.mwolo.billing.rates.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** No rate of the day nor of the {@value ExchangeRates#MAX_AGE_DAYS} days before: an accountant must enter it. */
public class ExchangeRateMissing extends DomainException {

    public ExchangeRateMissing(LocalDate day) {
        super(ErrorKind.CONFLICT, "billing.exchange_rate.missing", null, day.toString(), ExchangeRates.MAX_AGE_DAYS);
    }
}
