package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.kernel.Money;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A re-allocation asking for more than the payment's credit still holds: 422. */
public class CreditExceeded extends DomainException {

    CreditExceeded(Money asked, Money credit) {
        super(ErrorKind.UNPROCESSABLE, "billing.payment.credit_exceeded", "allocations", asked.text(),
                credit.text(), credit.currency().name());
    }
}
