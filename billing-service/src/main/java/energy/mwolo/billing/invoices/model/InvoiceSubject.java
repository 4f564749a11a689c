package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import java.util.Objects;
import java.util.UUID;

/** Who is invoiced for what: the client, its contract (and its number, for people), the site, the month, the currency. */
public record InvoiceSubject(UUID clientId, UUID contractId, String contractNumber, UUID siteId, BillingPeriod period,
                             Currency currency) {

    public InvoiceSubject {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
    }
}
