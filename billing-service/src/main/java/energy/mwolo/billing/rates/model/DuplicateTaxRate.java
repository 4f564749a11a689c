package energy.mwolo.billing.rates.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

public class DuplicateTaxRate extends DomainException {

    public DuplicateTaxRate(String code, LocalDate day) {
        super(ErrorKind.CONFLICT, "billing.tax_rate.exists", "valid_from", code, day.toString());
    }
}
