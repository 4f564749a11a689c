package energy.mwolo.billing.tariffs.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** A version may only start after the latest one: the prices of the past are never rewritten. */
public class TariffVersionRefused extends DomainException {

    public TariffVersionRefused(TariffCode code, LocalDate validFrom, LocalDate latest) {
        super(ErrorKind.CONFLICT, "billing.tariff.version_not_after", "valid_from", code.value(), validFrom.toString(),
                latest.toString());
    }
}
