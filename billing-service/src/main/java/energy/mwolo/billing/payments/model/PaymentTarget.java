package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import java.util.List;
import java.util.UUID;

/**
 * What a payment was meant for: named invoices, paid in the order given, or else one contract's open invoices, or
 * else (neither) all the client's open invoices, oldest due first. Kept so that a payment confirmed later is
 * allocated as it was asked when it came in.
 */
public record PaymentTarget(UUID contractId, List<InvoiceId> invoices) {

    public static final PaymentTarget ANY = new PaymentTarget(null, List.of());

    public PaymentTarget {
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
    }

    public boolean namesInvoices() {
        return !invoices.isEmpty();
    }
}
