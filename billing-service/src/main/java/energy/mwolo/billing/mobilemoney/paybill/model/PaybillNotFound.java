package energy.mwolo.billing.mobilemoney.paybill.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** No paybill payment with this id: 404. */
public class PaybillNotFound extends DomainException {

    public PaybillNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "billing.mobile_money.paybill_not_found", null, id);
    }
}
