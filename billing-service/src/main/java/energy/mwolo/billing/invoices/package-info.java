/** Invoices and credit notes: lines computed by the system, numbering, the status machine, overdue invoices. */
package energy.mwolo.billing.invoices;
