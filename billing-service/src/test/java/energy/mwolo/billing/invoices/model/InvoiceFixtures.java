package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice of 100.00 + 16.00 VAT + 5.00 untaxed = 121.00 USD for March 2026. */
final class InvoiceFixtures {

    static final Instant NOW = Instant.parse("2026-04-01T07:00:00Z");

    private InvoiceFixtures() {
    }

    static Invoice draft() {
        InvoiceSubject subject = new InvoiceSubject(UUID.randomUUID(), UUID.randomUUID(), "CT-2026-000001",
                UUID.randomUUID(), BillingPeriod.of(2026, 3), Currency.USD);
        return Invoice.draft(subject, List.of(line(1, "100.00", "0.16"), line(2, "5.00", "0")), false, null, NOW);
    }

    static Invoice issued() {
        Invoice invoice = draft();
        invoice.issue(new DocumentNumber("FAC", 2026, 42), java.time.LocalDate.of(2026, 4, 1), 15, NOW);
        invoice.pullEvents();
        return invoice;
    }

    static InvoiceLine line(int position, String amount, String taxRate) {
        return new InvoiceLine(position, LineKind.FIXED_FEE, "Ligne " + position, BigDecimal.ONE, "mois",
                new BigDecimal(amount), usd("0"), new BigDecimal(taxRate), usd(amount));
    }

    static Money usd(String amount) {
        return new Money(new BigDecimal(amount), Currency.USD);
    }

    static DocumentNumber creditNote(long sequence) {
        return new DocumentNumber("AV", 2026, sequence);
    }
}
