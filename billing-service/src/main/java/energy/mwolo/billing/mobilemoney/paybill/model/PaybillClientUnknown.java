package energy.mwolo.billing.mobilemoney.paybill.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** A paybill payment assigned to a client crm never told billing of: 422 on {@code client}. */
public class PaybillClientUnknown extends DomainException {

    public PaybillClientUnknown(UUID client) {
        super(ErrorKind.UNPROCESSABLE, "billing.mobile_money.paybill_client_unknown", "client", client);
    }
}
