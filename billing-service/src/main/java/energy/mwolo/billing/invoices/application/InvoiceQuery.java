package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.kernel.BillingPeriod;
import java.util.UUID;

/**
 * Which invoices a list shows; null filters mean "any". {@code scope} restricts a customer to its own client's
 * (and hides drafts from it).
 *
 * @param search part of the invoice number or of the contract number
 */
public record InvoiceQuery(InvoiceStatus status, UUID client, UUID contract, BillingPeriod period, UUID run,
                           String search, InvoiceOrdering ordering, BillingAccess.ReadScope scope) {
}
