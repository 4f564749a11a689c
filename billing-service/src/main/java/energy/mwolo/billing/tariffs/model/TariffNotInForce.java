package energy.mwolo.billing.tariffs.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

public class TariffNotInForce extends DomainException {

    public TariffNotInForce(TariffCode code, LocalDate day) {
        super(ErrorKind.CONFLICT, "billing.tariff.not_in_force", null, code.value(), day.toString());
    }
}
