package energy.mwolo.billing.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.customers.ClientSummary;
import energy.mwolo.billing.customers.SiteSummary;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.Customer;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.model.Site;
import energy.mwolo.billing.documents.model.TaxAmount;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.invoices.model.LineKind;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.PaymentMethod;
import energy.mwolo.billing.payments.model.PaymentSource;
import energy.mwolo.billing.payments.model.PaymentStatus;
import energy.mwolo.billing.payments.model.PaymentTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invoices and credit notes as their documents show them, whatever happened to them since issue. */
class DocumentMappingTest {

    private static final UUID PAYMENT = UUID.randomUUID();

    private static final Instant NOW = Instant.parse("2026-04-01T07:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final Customer CUSTOMER = new Customer("CL-2026-000001", "Mbuyi Kabongo Béatrice", null);
    private static final Site SITE = new Site("SITE-000001", "Limete, Kinshasa");

    /** 100.00 at 16 % VAT, 33.33 at 16 %, 5.00 untaxed: 138.33 + 21.33 = 159.66 USD. */
    private static Invoice issued() {
        InvoiceSubject subject = new InvoiceSubject(UUID.randomUUID(), UUID.randomUUID(), "CT-2026-000001",
                UUID.randomUUID(), BillingPeriod.of(2026, 3), Currency.USD);
        Invoice invoice = Invoice.draft(subject, List.of(line(1, "100.00", "0.16"), line(2, "33.33", "0.1600"),
                line(3, "5.00", "0")), false, null, NOW);
        invoice.issue(new DocumentNumber("FAC", 2026, 42), DAY, 15, NOW);
        return invoice;
    }

    private static InvoiceLine line(int position, String amount, String taxRate) {
        return new InvoiceLine(position, LineKind.FIXED_CHARGE, "Ligne " + position, BigDecimal.ONE, "mois",
                new BigDecimal(amount), usd("0"), new BigDecimal(taxRate), usd(amount));
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), Currency.USD);
    }

    @Test
    void splitsTheTaxByRateAsTheInvoiceComputedIt() {
        InvoiceDocument document = DocumentMapping.invoice(issued(), CUSTOMER, SITE);

        assertThat(document.taxes()).extracting(TaxAmount::base, TaxAmount::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(usd("133.33"), usd("21.33")));
        assertThat(document.total()).isEqualTo(usd("159.66"));
        assertThat(document.number()).isEqualTo("FAC-2026-000042");
        assertThat(document.status()).isEqualTo(InvoiceDocument.Status.ISSUED);
    }

    @Test
    void aCancelledInvoiceShowsWhatWasPaidAndCreditedAndNothingLeftToPay() {
        Invoice invoice = issued();
        invoice.allocate(usd("50.00"), PAYMENT, NOW);
        invoice.cancel(new DocumentNumber("AV", 2026, 1), "Erreur de compteur", DAY, NOW);

        InvoiceDocument document = DocumentMapping.invoice(invoice, CUSTOMER, SITE);

        assertThat(document.status()).isEqualTo(InvoiceDocument.Status.CANCELLED);
        assertThat(document.amountPaid()).isEqualTo(usd("50.00"));
        assertThat(document.amountCredited()).isEqualTo(usd("159.66"));
        assertThat(document.balance()).isEqualTo(usd("0.00"));
    }

    @Test
    void aPartialCreditNoteLeavesWhatRemainedAfterItAndNotAfterLaterOnes() {
        Invoice invoice = issued();
        CreditNote first = invoice.credit(new DocumentNumber("AV", 2026, 1), usd("10.00"), "Geste", DAY, NOW);
        CreditNote second = invoice.credit(new DocumentNumber("AV", 2026, 2), usd("20.00"), "Geste", DAY,
                NOW.plusSeconds(60));

        CreditNoteDocument document = DocumentMapping.creditNote(first, invoice, List.of(first, second), CUSTOMER);

        assertThat(document.kind()).isEqualTo(CreditNoteDocument.Kind.PARTIAL);
        assertThat(document.remainingBalance()).isEqualTo(usd("149.66"));
        assertThat(document.invoiceNumber()).isEqualTo("FAC-2026-000042");
    }

    @Test
    void namesAClientByItsNumberWhenCrmGaveNoNameAndASiteItNeverHeardOfAsNotGiven() {
        UUID id = UUID.randomUUID();
        Customer customer = DocumentMapping.customer(id, Optional.of(new ClientSummary(id, "CL-2026-000009", null,
                null, null, null, null, "active")));
        Site site = DocumentMapping.site(Optional.empty());
        Site known = DocumentMapping.site(Optional.of(new SiteSummary(id, "SITE-000009", "Maison", null)));

        assertThat(customer.name()).isEqualTo("CL-2026-000009");
        assertThat(site.reference()).isEqualTo(DocumentMapping.UNKNOWN_SITE);
        assertThat(known).isEqualTo(new Site("SITE-000009", null));
    }

    @Test
    void aReceiptAddsUpItsSharesPerInvoiceAndLeavesOutOneGivenBackByACancelledInvoice() {
        Invoice kept = issued();
        Invoice cancelled = issued();
        Payment payment = Payment.restore(PaymentId.newId(), new DocumentNumber("PAY", 2026, 7), UUID.randomUUID(),
                usd("200.00"), PaymentMethod.CASH, NOW, DAY, PaymentSource.reference("caisse"), PaymentTarget.ANY,
                PaymentStatus.CONFIRMED, null, null, List.of(
                        new Allocation(kept.id(), usd("100.00"), usd("100.00")),
                        new Allocation(cancelled.id(), usd("30.00"), usd("30.00"), true),
                        new Allocation(kept.id(), usd("20.00"), usd("20.00"))));

        ReceiptDocument receipt = DocumentMapping.receipt(payment, Map.of(kept.id(), kept, cancelled.id(), cancelled),
                CUSTOMER);

        assertThat(receipt.number()).isEqualTo("PAY-2026-000007");
        assertThat(receipt.allocations()).containsExactly(
                new ReceiptDocument.Allocation("FAC-2026-000042", usd("120.00")));
        assertThat(receipt.credit()).isEqualTo(usd("80.00"));
    }
}
