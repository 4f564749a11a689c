package energy.mwolo.billing.tariffs.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class DuplicateTariff extends DomainException {

    public DuplicateTariff(TariffCode code) {
        super(ErrorKind.CONFLICT, "billing.tariff.exists", "code", code.value());
    }
}
