package energy.mwolo.billing.tariffs.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No tariff of that code: 404 when asked for, 422 when a contract or a request names it. */
public class TariffNotFound extends DomainException {

    private TariffNotFound(ErrorKind kind, String code) {
        super(kind, "billing.tariff.not_found", null, code);
    }

    public static TariffNotFound asked(String code) {
        return new TariffNotFound(ErrorKind.NOT_FOUND, code);
    }

    public static TariffNotFound named(String code) {
        return new TariffNotFound(ErrorKind.UNPROCESSABLE, code);
    }
}
