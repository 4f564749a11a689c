package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.invoices.application.CancelledInvoices;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.Payments;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cancelled invoice gives back to each payment what it had taken from it: that money is the client's credit again
 * (a ledger line naming the invoice, PaymentEvent.GivenBack), and pays the next invoice as any credit does. The
 * payments are locked in id order before the invoice, as {@link Settlement} locks them; one that reached the invoice
 * between that and the invoice's lock is locked afterwards.
 */
@Component
class CreditBackOnCancel implements CancelledInvoices {

    private final Payments payments;
    private final Settlement settlement;

    CreditBackOnCancel(Payments payments, Settlement settlement) {
        this.payments = payments;
        this.settlement = settlement;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelling(InvoiceId invoiceId) {
        lockPaymentsOn(invoiceId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(Invoice invoice) {
        for (PaymentId id : lockPaymentsOn(invoice.id())) {
            settlement.giveBack(payments.lock(id).orElseThrow(), invoice);
        }
    }

    private List<PaymentId> lockPaymentsOn(InvoiceId invoiceId) {
        List<PaymentId> ids = payments.allocatedTo(invoiceId);
        ids.forEach(payments::lock);
        return ids;
    }
}
