package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice as its PDF shows it. Amounts are the invoice's own, in its currency: the record only checks that they
 * add up (subtotal = lines, total = subtotal + taxes, balance = total - amount paid - amount credited, where
 * "paid" counts payments and client credit used alike, "credited" the credit notes; a cancelled invoice's balance is
 * zero, whatever was paid on it before). The period runs from {@code periodStart} to {@code periodEnd}, both included.
 * A draft has no number and no issue or due date yet (null); any other status has all three.
 */
public record InvoiceDocument(String number,
                              Status status,
                              LocalDate issueDate,
                              LocalDate dueDate,
                              LocalDate periodStart,
                              LocalDate periodEnd,
                              Customer customer,
                              Site site,
                              String contractNumber,
                              Currency currency,
                              List<DocumentLine> lines,
                              Money subtotal,
                              List<TaxAmount> taxes,
                              Money total,
                              Money amountPaid,
                              Money amountCredited,
                              Money balance) {

    public InvoiceDocument {
        Objects.requireNonNull(status, "status");
        if (status != Status.DRAFT || number != null) {
            DocumentChecks.number(number, "FAC", "number");
            Objects.requireNonNull(issueDate, "issueDate");
            Objects.requireNonNull(dueDate, "dueDate");
        }
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(site, "site");
        DocumentChecks.text(contractNumber, "contractNumber");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("dueDate " + dueDate + " is before issueDate " + issueDate);
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
        }
        DocumentChecks.totals(currency, lines, subtotal, taxes, total);
        DocumentChecks.sameCurrency(currency, amountPaid, "amountPaid");
        DocumentChecks.sameCurrency(currency, amountCredited, "amountCredited");
        DocumentChecks.sameCurrency(currency, balance, "balance");
        DocumentChecks.equal(status == Status.CANCELLED ? Money.zero(currency)
                : total.minus(amountPaid).minus(amountCredited), balance, "balance");
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    /** The QR code's content: the number and the total; a draft has none, having no number. */
    public Optional<DocumentCode> code() {
        return number == null ? Optional.empty() : Optional.of(new DocumentCode(number, total));
    }

    /** The invoice's status as its PDF names it. */
    public enum Status {
        DRAFT("Brouillon"),
        ISSUED("Émise"),
        PARTIALLY_PAID("Partiellement payée"),
        PAID("Payée"),
        OVERDUE("En retard"),
        CANCELLED("Annulée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
