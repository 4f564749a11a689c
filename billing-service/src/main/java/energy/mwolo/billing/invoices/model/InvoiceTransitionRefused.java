package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** An action the invoice's status does not allow (issuing twice, crediting a draft): 409. */
public class InvoiceTransitionRefused extends DomainException {

    InvoiceTransitionRefused(Invoice invoice, String action) {
        super(ErrorKind.CONFLICT, "billing.invoice.transition", "status", action,
                Codes.of(invoice.status()));
    }
}
