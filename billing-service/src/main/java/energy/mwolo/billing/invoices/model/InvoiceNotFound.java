package energy.mwolo.billing.invoices.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class InvoiceNotFound extends DomainException {

    public InvoiceNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "billing.invoice.not_found", null, id);
    }
}
