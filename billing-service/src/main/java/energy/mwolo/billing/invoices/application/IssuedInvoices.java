package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;
import java.util.List;

/**
 * What follows an invoice's issue in the same transaction, once it is stored and its InvoiceIssued published: the
 * client's credit pays it. Called once per batch, so an implementation can ask about all its invoices at once.
 */
public interface IssuedInvoices {

    void issued(List<Invoice> invoices);
}
