package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.invoices.model.LineKind;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Issued invoices and received payments built through their public model API. */
final class PaymentFixtures {

    static final Instant NOW = Instant.parse("2026-04-20T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    static final Conversion RATE = new Conversion(new BigDecimal("2800.0000"));

    private PaymentFixtures() {
    }

    static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** An issued invoice of exactly {@code total} (one untaxed line), due {@code terms} days after 1 April. */
    static Invoice issued(UUID clientId, long sequence, String total, Currency currency, int terms) {
        InvoiceSubject subject = new InvoiceSubject(clientId, UUID.randomUUID(), "CT-2026-000001",
                UUID.randomUUID(), BillingPeriod.of(2026, 3), currency);
        InvoiceLine line = new InvoiceLine(1, LineKind.FIXED_FEE, "Abonnement", BigDecimal.ONE, "mois",
                new BigDecimal(total), Money.zero(currency), BigDecimal.ZERO, money(total, currency));
        Invoice invoice = Invoice.draft(subject, List.of(line), false, null, NOW);
        invoice.issue(new DocumentNumber(DocumentNumber.INVOICE, 2026, sequence), LocalDate.of(2026, 4, 1), terms,
                NOW);
        invoice.pullEvents();
        return invoice;
    }

    static OpenInvoice open(Invoice invoice) {
        return new OpenInvoice(invoice.id(), invoice.number(), invoice.dueDate(), invoice.balance());
    }

    static Payment pending(UUID clientId, String amount, Currency currency) {
        return Payment.receive(new DocumentNumber(Payment.PREFIX, 2026, 1), clientId, money(amount, currency),
                PaymentMethod.BANK_TRANSFER, NOW, TODAY, PaymentSource.reference("VIR-1"));
    }
}
