package energy.mwolo.billing.invoices.application;

import java.util.List;

/** Lists of invoices. */
public interface InvoiceDirectory {

    long count(InvoiceQuery query);

    List<InvoiceSummary> find(InvoiceQuery query, long offset, int limit);
}
