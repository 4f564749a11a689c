package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Money;
import java.util.Objects;

/**
 * A share of a payment put on one invoice: {@code taken} is what leaves the payment (its currency), {@code settled}
 * what comes off the invoice's balance (the invoice's currency). They differ only by the conversion, as recorded.
 * A {@code returned} allocation was given back to its payment when its invoice was cancelled: it stays as history
 * but no longer takes anything from the payment.
 */
public record Allocation(InvoiceId invoiceId, Money taken, Money settled, boolean returned) {

    public Allocation(InvoiceId invoiceId, Money taken, Money settled) {
        this(invoiceId, taken, settled, false);
    }

    public Allocation {
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (!taken.isPositive() || !settled.isPositive()) {
            throw new IllegalArgumentException("An allocation moves a positive amount: " + taken + " / " + settled);
        }
    }

    Allocation givenBack() {
        return new Allocation(invoiceId, taken, settled, true);
    }
}
