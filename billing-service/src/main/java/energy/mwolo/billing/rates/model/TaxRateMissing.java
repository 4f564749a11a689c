package energy.mwolo.billing.rates.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

public class TaxRateMissing extends DomainException {

    public TaxRateMissing(String code, LocalDate day) {
        super(ErrorKind.CONFLICT, "billing.tax_rate.missing", null, code, day.toString());
    }
}
