package energy.mwolo.billing.invoices.model;

import static energy.mwolo.billing.invoices.model.InvoiceFixtures.NOW;
import static energy.mwolo.billing.invoices.model.InvoiceFixtures.creditNote;
import static energy.mwolo.billing.invoices.model.InvoiceFixtures.draft;
import static energy.mwolo.billing.invoices.model.InvoiceFixtures.issued;
import static energy.mwolo.billing.invoices.model.InvoiceFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final UUID PAYMENT = UUID.randomUUID();

    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 4, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 16);

    @Test
    void totalsComeFromTheLinesWithTaxOnTheTaxedOnesOnly() {
        Invoice invoice = draft();

        assertThat(invoice.totals()).isEqualTo(new InvoiceTotals(usd("105.00"), usd("16.00"), usd("121.00")));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.number()).isNull();
        assertThat(invoice.balance()).isEqualTo(usd("0"));
    }

    @Test
    void issuingNumbersItAndMakesItDueAfterThePaymentTerms() {
        Invoice invoice = draft();

        invoice.issue(new DocumentNumber("FAC", 2026, 42), ISSUED_ON, 15, NOW);

        assertThat(invoice.number().toString()).isEqualTo("FAC-2026-000042");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.dueDate()).isEqualTo(DUE);
        assertThat(invoice.balance()).isEqualTo(usd("121.00"));
        assertThat(invoice.pullEvents()).singleElement().isInstanceOf(InvoiceEvent.Issued.class);
    }

    @Test
    void anInvoiceIsIssuedOnce() {
        Invoice invoice = issued();

        assertThatThrownBy(() -> invoice.issue(new DocumentNumber("FAC", 2026, 43), ISSUED_ON, 15, NOW))
                .isInstanceOfSatisfying(InvoiceTransitionRefused.class,
                        e -> assertThat(e.code()).isEqualTo("billing.invoice.transition"));
        assertThat(invoice.number().sequence()).isEqualTo(42);
    }

    @Test
    void itIsOverdueFromTheDayAfterTheDueDateAndOnlyOnce() {
        Invoice invoice = issued();

        assertThat(invoice.markOverdue(DUE, NOW)).isFalse();
        assertThat(invoice.markOverdue(DUE.plusDays(1), NOW)).isTrue();
        assertThat(invoice.markOverdue(DUE.plusDays(2), NOW)).isFalse();

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoice.pullEvents()).singleElement().isInstanceOfSatisfying(InvoiceEvent.Overdue.class,
                overdue -> assertThat(overdue.daysOverdue()).isEqualTo(1));
    }

    @Test
    void theDayAfterTheDueDateStartsAtMidnightInKinshasaNotInUtc() {
        Invoice invoice = issued();
        // 23:30 UTC on the due date is already 00:30 the next day in Kinshasa (UTC+1).
        BusinessTime lateEvening = new BusinessTime(Clock.fixed(Instant.parse("2026-04-16T23:30:00Z"), ZoneOffset.UTC));
        BusinessTime justBefore = new BusinessTime(Clock.fixed(Instant.parse("2026-04-16T22:59:59Z"), ZoneOffset.UTC));

        assertThat(invoice.markOverdue(justBefore.today(), NOW)).isFalse();
        assertThat(invoice.markOverdue(lateEvening.today(), NOW)).isTrue();
    }

    @Test
    void aDraftAPaidOrACancelledInvoiceIsNeverOverdue() {
        Invoice paid = issued();
        paid.allocate(usd("121.00"), PAYMENT, NOW);
        Invoice cancelled = issued();
        cancelled.cancel(creditNote(1), "Erreur de relevé", ISSUED_ON, NOW);

        for (Invoice invoice : new Invoice[] {draft(), paid, cancelled}) {
            assertThat(invoice.markOverdue(DUE.plusDays(30), NOW)).as(invoice.status().name()).isFalse();
        }
    }

    @Test
    void paymentsReduceTheBalanceUntilPaid() {
        Invoice invoice = issued();

        invoice.allocate(usd("21.00"), PAYMENT, NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.balance()).isEqualTo(usd("100.00"));
        assertThat(invoice.pullEvents()).isEmpty();

        invoice.allocate(usd("100.00"), PAYMENT, NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.balance()).isEqualTo(usd("0"));
        assertThat(invoice.pullEvents()).singleElement()
                .isEqualTo(new InvoiceEvent.Paid(usd("100.00"), PAYMENT, NOW));
    }

    @Test
    void anOverdueInvoicePartlyPaidStaysOverdue() {
        Invoice invoice = issued();
        invoice.markOverdue(DUE.plusDays(3), NOW);

        invoice.allocate(usd("50.00"), PAYMENT, NOW);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoice.amountPaid()).isEqualTo(usd("50.00"));
    }

    @Test
    void anAllocationAboveTheBalanceInAnotherCurrencyOrOnADraftIsRefused() {
        Invoice invoice = issued();

        assertThatThrownBy(() -> invoice.allocate(usd("121.01"), PAYMENT, NOW))
                .isInstanceOfSatisfying(AmountExceedsBalance.class,
                        e -> assertThat(e.code()).isEqualTo("billing.invoice.allocation_exceeds_balance"));
        assertThatThrownBy(() -> invoice.allocate(new Money(BigDecimal.TEN, Currency.CDF), PAYMENT, NOW))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> invoice.allocate(usd("0"), PAYMENT, NOW)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> draft().allocate(usd("1"), PAYMENT, NOW)).isInstanceOf(InvoiceTransitionRefused.class);
        assertThat(invoice.balance()).isEqualTo(usd("121.00"));
    }

    @Test
    void aPartialCreditNoteReducesTheBalance() {
        Invoice invoice = issued();

        CreditNote note = invoice.credit(creditNote(7), usd("21.00"), "Geste commercial", ISSUED_ON, NOW);

        assertThat(note.number().toString()).isEqualTo("AV-2026-000007");
        assertThat(note.full()).isFalse();
        assertThat(invoice.balance()).isEqualTo(usd("100.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.pullEvents()).singleElement().isInstanceOfSatisfying(InvoiceEvent.Credited.class,
                credited -> assertThat(credited.full()).isFalse());
    }

    @Test
    void aCreditNoteAboveTheBalanceIsRefusedAndChangesNothing() {
        Invoice invoice = issued();
        invoice.allocate(usd("100.00"), PAYMENT, NOW);

        assertThatThrownBy(() -> invoice.credit(creditNote(1), usd("21.01"), "Trop", ISSUED_ON, NOW))
                .isInstanceOfSatisfying(AmountExceedsBalance.class, e -> {
                    assertThat(e.code()).isEqualTo("billing.credit_note.exceeds_balance");
                    assertThat(e.kind().status()).isEqualTo(422);
                });
        assertThat(invoice.balance()).isEqualTo(usd("21.00"));
        assertThat(invoice.amountCredited()).isEqualTo(usd("0"));
    }

    @Test
    void creditingTheRestOfAPartlyPaidInvoiceSettlesIt() {
        Invoice invoice = issued();
        invoice.allocate(usd("100.00"), PAYMENT, NOW);

        CreditNote note = invoice.credit(creditNote(2), usd("21.00"), "Remise", ISSUED_ON, NOW);

        assertThat(note.full()).isFalse();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void creditingTheWholeUnpaidBalanceCancelsTheInvoice() {
        Invoice invoice = issued();

        CreditNote note = invoice.credit(creditNote(3), usd("121.00"), "Facture en double", ISSUED_ON, NOW);

        assertThat(note.full()).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
    }

    @Test
    void cancellingIsAFullCreditNoteAndWhatWasPaidBecomesTheClientsCredit() {
        Invoice invoice = issued();
        invoice.allocate(usd("30.00"), PAYMENT, NOW);

        CreditNote note = invoice.cancel(creditNote(4), "Contrat résilié avant la période", ISSUED_ON, NOW);

        assertThat(note.amount()).isEqualTo(usd("121.00"));
        assertThat(note.full()).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(invoice.balance()).isEqualTo(usd("0"));
        assertThat(invoice.paidBeyondTotal()).isEqualTo(usd("30.00"));
        assertThatThrownBy(() -> invoice.cancel(creditNote(5), "Encore", ISSUED_ON, NOW))
                .isInstanceOf(InvoiceTransitionRefused.class);
    }

    @Test
    void aDraftIsNeitherCreditedNorCancelledAndACreditNoteNeedsAReason() {
        assertThatThrownBy(() -> draft().credit(creditNote(1), usd("1"), "x", ISSUED_ON, NOW))
                .isInstanceOf(InvoiceTransitionRefused.class);
        assertThatThrownBy(() -> draft().cancel(creditNote(1), "x", ISSUED_ON, NOW))
                .isInstanceOf(InvoiceTransitionRefused.class);
        assertThatThrownBy(() -> issued().credit(creditNote(1), usd("1"), " ", ISSUED_ON, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void anInvoiceOfNothingIsSettledWhenIssued() {
        Invoice nothing = Invoice.draft(draft().subject(), java.util.List.of(), false, null, NOW);

        nothing.issue(new DocumentNumber("FAC", 2026, 1), ISSUED_ON, 15, NOW);

        assertThat(nothing.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(nothing.markOverdue(DUE.plusDays(1), NOW)).isFalse();
    }
}
