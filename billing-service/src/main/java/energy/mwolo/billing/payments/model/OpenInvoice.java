package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** What allocation needs to know of an invoice that still asks for money. */
public record OpenInvoice(InvoiceId id, DocumentNumber number, LocalDate dueDate, Money balance) {

    /** The default order of allocation: the oldest due date first, then the lowest number. */
    public static final Comparator<OpenInvoice> OLDEST_DUE_FIRST = Comparator.comparing(OpenInvoice::dueDate)
            .thenComparing(invoice -> invoice.number().year())
            .thenComparing(invoice -> invoice.number().sequence());

    public OpenInvoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(balance, "balance");
    }
}
