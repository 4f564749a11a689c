package energy.mwolo.billing.payments.application;

import java.util.List;
import java.util.UUID;

/** Which invoices of a client still ask for money (issued, partially paid, overdue). */
public interface OpenInvoiceIds {

    /** @param contractId only this contract's, or null for all the client's */
    List<UUID> of(UUID clientId, UUID contractId);
}
