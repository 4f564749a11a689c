package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Conversion;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.billing.rates.model.ExchangeRateMissing;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accountant puts a payment's remaining credit on a named invoice of the same client. The payment row is locked
 * first, then the invoice: two accountants on one payment queue, and the second sees what the first left (422 when
 * that is no longer enough). Never more than the credit, never more than the invoice's balance.
 */
@Service
public class AllocatingCredit {

    private final Payments payments;
    private final Invoices invoices;
    private final Settlement settlement;

    AllocatingCredit(Payments payments, Invoices invoices, Settlement settlement) {
        this.payments = payments;
        this.invoices = invoices;
        this.settlement = settlement;
    }

    /** @param amount in the payment's currency: what leaves its credit */
    @Transactional
    public Allocation allocate(PaymentId id, UUID invoiceId, BigDecimal amount, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        if (invoiceId == null) {
            throw new InvalidField("invoice", "billing.validation.required");
        }
        Payment payment = payments.lock(id).orElseThrow(() -> PaymentRefused.notFound(id.value()));
        Money asked = Money.positive(amount, payment.amount().currency(), "amount");
        // Checked before locking: an invoice that is not open (a draft being issued) is never waited for.
        Invoice seen = invoices.byId(new InvoiceId(invoiceId))
                .orElseThrow(() -> PaymentRefused.unknownInvoice("invoice", invoiceId));
        check(payment, seen);
        Invoice invoice = settlement.lockInIdOrder(List.of(invoiceId)).get(seen.id());
        check(payment, invoice);
        Conversion conversion = null;
        if (invoice.currency() != asked.currency()) {
            conversion = settlement.conversionOf(payment);
            if (conversion == null) {
                throw new ExchangeRateMissing(payment.receivedDay());
            }
        }
        Money worth = conversion == null ? asked : conversion.convert(asked, invoice.currency());
        // Beyond the credit (or a payment not confirmed) the model refuses, naming what is left; within it, the
        // invoice's balance is the limit, and an amount worth nothing once converted moves nothing.
        if (!asked.isGreaterThan(payment.credit())) {
            if (worth.isGreaterThan(invoice.balance())) {
                throw PaymentRefused.exceedsBalance(worth, invoice.balance());
            }
            if (!worth.isPositive()) {
                throw new InvalidField("amount", "billing.amount.not_positive");
            }
        }
        return settlement.reallocate(payment, invoice, conversion, asked).get(0);
    }

    private static void check(Payment payment, Invoice invoice) {
        if (!invoice.subject().clientId().equals(payment.clientId())) {
            throw PaymentRefused.invoiceOfAnotherClient("invoice", invoice);
        }
        if (!invoice.status().isOpen()) {
            throw PaymentRefused.invoiceNotOpen("invoice", invoice);
        }
    }
}
