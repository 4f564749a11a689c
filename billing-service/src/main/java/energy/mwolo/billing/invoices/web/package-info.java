/** HTTP API of invoices ({@code /api/billing/invoices/}) and credit notes ({@code /api/billing/credit-notes/}). */
package energy.mwolo.billing.invoices.web;
