package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit note as its PDF shows it: an amount, tax included, taken off an invoice for a reason. A full credit note
 * cancels the invoice, which leaves nothing to pay on it; a partial one leaves {@code remainingBalance}, in the
 * invoice's currency like the amount.
 */
public record CreditNoteDocument(String number,
                                 LocalDate issueDate,
                                 String invoiceNumber,
                                 LocalDate invoiceIssueDate,
                                 Customer customer,
                                 Kind kind,
                                 String reason,
                                 Money amount,
                                 Money remainingBalance) {

    public CreditNoteDocument {
        DocumentChecks.number(number, "AV", "number");
        Objects.requireNonNull(issueDate, "issueDate");
        DocumentChecks.number(invoiceNumber, "FAC", "invoiceNumber");
        Objects.requireNonNull(invoiceIssueDate, "invoiceIssueDate");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(kind, "kind");
        DocumentChecks.text(reason, "reason");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a credit note is for a positive amount, not " + amount);
        }
        DocumentChecks.sameCurrency(amount.currency(), remainingBalance, "remainingBalance");
        if (kind == Kind.FULL && !remainingBalance.isZero()) {
            throw new IllegalArgumentException("a full credit note leaves nothing to pay, not " + remainingBalance);
        }
    }

    /** The QR code's content: the number and the amount credited. */
    public DocumentCode code() {
        return new DocumentCode(number, amount);
    }

    public enum Kind {
        /** The invoice is cancelled. */
        FULL,
        /** Part of the invoice is credited; the rest stays due. */
        PARTIAL
    }
}
