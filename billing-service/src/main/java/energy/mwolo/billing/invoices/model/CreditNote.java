package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A credit note {@code AV-<YYYY>-<NNNNNN>}: an amount taken off an invoice, tax included, for a reason. Made only by
 * {@link Invoice#credit} or {@link Invoice#cancel}, which check it against the balance.
 *
 * @param full true when it cancelled the invoice
 */
public record CreditNote(UUID id, DocumentNumber number, InvoiceId invoiceId, UUID clientId, UUID contractId,
                         Money amount, boolean full, String reason, LocalDate issueDate, Instant createdAt) {

    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
