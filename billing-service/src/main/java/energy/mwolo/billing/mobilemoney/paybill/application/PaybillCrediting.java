package energy.mwolo.billing.mobilemoney.paybill.application;

import energy.mwolo.billing.mobilemoney.application.MobileMoneyPayments;
import energy.mwolo.billing.mobilemoney.application.MobileMoneyPayments.MobileMoneyCredit;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillNotAssignable;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments;
import energy.mwolo.platform.outbox.Uuids;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A paybill payment that became credited becomes money, in the caller's transaction: the credit row (unique per
 * provider transaction, whoever credits it: a request's callback, a notification, an accountant) and the payment
 * behind {@link MobileMoneyPayments}, allocated to the invoice its reference named, else the client's oldest dues.
 */
@Component
class PaybillCrediting {

    private final PaybillPayments paybills;
    private final MobileMoneyPayments payments;

    PaybillCrediting(PaybillPayments paybills, MobileMoneyPayments payments) {
        this.paybills = paybills;
        this.payments = payments;
    }

    void credit(PaybillPayment payment) {
        UUID creditId = Uuids.timeOrdered();
        if (!paybills.addCredit(creditId, payment, payment.creditedAt())) {
            throw new PaybillNotAssignable(payment.id(), "billing.mobile_money.paybill_already_assigned");
        }
        payments.credit(new MobileMoneyCredit(creditId, null, payment.accountReference(), payment.clientId(),
                payment.amount(), payment.invoiceId() == null ? List.of() : List.of(payment.invoiceId()),
                payment.provider(), payment.transactionId(), payment.msisdn(), payment.creditedAt()));
    }
}
