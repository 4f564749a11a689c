package energy.mwolo.billing.invoices.model;

/**
 * draft -> issued -> partially_paid -> paid; issued or partially_paid -> overdue after the due date (an overdue
 * invoice stays overdue until paid); anything issued -> cancelled by a full credit note. API codes are the
 * lowercase names.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, OVERDUE, PAID, CANCELLED;

    /** Issued and not settled: money is still owed on it. */
    public boolean isOpen() {
        return this == ISSUED || this == PARTIALLY_PAID || this == OVERDUE;
    }
}
