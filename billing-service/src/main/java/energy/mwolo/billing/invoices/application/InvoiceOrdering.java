package energy.mwolo.billing.invoices.application;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** {@code ?ordering=}: {@code created_at}, {@code issue_date}, {@code due_date}, {@code number}; {@code -} descends. */
public record InvoiceOrdering(String column, boolean descending) {

    public static final InvoiceOrdering NEWEST_FIRST = new InvoiceOrdering("created_at", true);

    public static InvoiceOrdering parse(String text) {
        if (text == null || text.isBlank()) {
            return NEWEST_FIRST;
        }
        String trimmed = text.strip();
        boolean descending = trimmed.startsWith("-");
        String column = descending ? trimmed.substring(1) : trimmed;
        if (!column.equals("created_at") && !column.equals("issue_date") && !column.equals("due_date")
                && !column.equals("number")) {
            throw new UnknownOrdering(text);
        }
        return new InvoiceOrdering(column, descending);
    }

    static final class UnknownOrdering extends DomainException {
        UnknownOrdering(String ordering) {
            super(ErrorKind.INVALID, "billing.ordering.unknown", "ordering", ordering);
        }
    }
}
