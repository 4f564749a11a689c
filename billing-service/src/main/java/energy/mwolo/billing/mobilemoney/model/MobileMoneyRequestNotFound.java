package energy.mwolo.billing.mobilemoney.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** No such request, or not the caller's: 404 either way, so ids cannot be probed. */
public class MobileMoneyRequestNotFound extends DomainException {

    public MobileMoneyRequestNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "billing.mobile_money.request_not_found", null, id);
    }
}
