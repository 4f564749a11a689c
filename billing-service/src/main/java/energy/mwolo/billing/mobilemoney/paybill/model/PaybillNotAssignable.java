package energy.mwolo.billing.mobilemoney.paybill.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** Already credited (assigned twice), or not confirmed by the provider: 409. */
public class PaybillNotAssignable extends DomainException {

    public PaybillNotAssignable(UUID id, String code) {
        super(ErrorKind.CONFLICT, code, null, id);
    }
}
