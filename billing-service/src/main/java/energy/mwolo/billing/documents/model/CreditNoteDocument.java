package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A credit note as its PDF shows it: what it takes off which invoice, and why. A full credit note cancels the
 * invoice, which leaves nothing to pay on it; a partial one leaves {@code remainingBalance}. Amounts are in the
 * invoice's currency and add up as an invoice's do.
 */
public record CreditNoteDocument(String number,
                                 LocalDate issueDate,
                                 String invoiceNumber,
                                 LocalDate invoiceIssueDate,
                                 Customer customer,
                                 Kind kind,
                                 String reason,
                                 Currency currency,
                                 List<DocumentLine> lines,
                                 Money subtotal,
                                 List<TaxAmount> taxes,
                                 Money total,
                                 Money remainingBalance) implements LinedDocument {

    public CreditNoteDocument {
        DocumentChecks.number(number, "AV", "number");
        Objects.requireNonNull(issueDate, "issueDate");
        DocumentChecks.number(invoiceNumber, "FAC", "invoiceNumber");
        Objects.requireNonNull(invoiceIssueDate, "invoiceIssueDate");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(kind, "kind");
        DocumentChecks.text(reason, "reason");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        DocumentChecks.totals(currency, lines, subtotal, taxes, total);
        DocumentChecks.sameCurrency(currency, remainingBalance, "remainingBalance");
        if (kind == Kind.FULL && !remainingBalance.isZero()) {
            throw new IllegalArgumentException("a full credit note leaves nothing to pay, not " + remainingBalance);
        }
    }

    /** The QR code's content: the number and the amount credited. */
    public DocumentCode code() {
        return new DocumentCode(number, total);
    }

    public enum Kind {
        /** The invoice is cancelled. */
        FULL,
        /** Part of the invoice is credited; the rest stays due. */
        PARTIAL
    }
}
