package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The contract has an invoice for the month already: a month is billed once. */
public class AlreadyInvoiced extends DomainException {

    public AlreadyInvoiced(String contractNumber, BillingPeriod period) {
        super(ErrorKind.CONFLICT, "billing.invoice.exists", "period", contractNumber, period.toString());
    }
}
