package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** An action the payment's status does not allow (confirming a failed payment, allocating a pending one): 409. */
public class PaymentTransitionRefused extends DomainException {

    PaymentTransitionRefused(Payment payment, String action) {
        super(ErrorKind.CONFLICT, "billing.payment.transition", "status", action, Codes.of(payment.status()));
    }
}
