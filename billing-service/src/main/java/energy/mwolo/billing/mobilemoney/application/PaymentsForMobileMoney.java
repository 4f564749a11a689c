package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.numbering.DocumentNumbers;
import energy.mwolo.billing.payments.application.Settlement;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentMethod;
import energy.mwolo.billing.payments.model.PaymentSource;
import energy.mwolo.billing.payments.model.PaymentTarget;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * {@link MobileMoneyPayments} through the payments feature: a credit becomes a {@code mobile_money} payment traced
 * by the provider and its transaction id, received when it was credited, confirmed, allocated and stored at once by
 * {@link Settlement} (to the invoices the request named, else the client's oldest due; the rest is credit), all in
 * the crediting transaction. A missing exchange rate for a conversion (409) rolls the credit back: the next
 * callback or status query credits it once the rate is entered.
 */
@Component
class PaymentsForMobileMoney implements MobileMoneyPayments {

    private final DocumentNumbers numbers;
    private final Settlement settlement;

    PaymentsForMobileMoney(DocumentNumbers numbers, Settlement settlement) {
        this.numbers = numbers;
        this.settlement = settlement;
    }

    @Override
    public void credit(MobileMoneyCredit credit) {
        LocalDate day = BusinessTime.dayOf(credit.creditedAt());
        Payment payment = Payment.receive(numbers.nextPayment(day.getYear()), credit.clientId(),
                credit.amount(), PaymentMethod.MOBILE_MONEY, credit.creditedAt(), day,
                PaymentSource.mobileMoney(credit.msisdn().payerCode(credit.provider()),
                        credit.providerTransactionId()),
                new PaymentTarget(null, credit.invoiceIds().stream().map(InvoiceId::new).toList()));
        settlement.confirmNew(payment);
    }
}
