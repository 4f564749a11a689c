/** Payments received from clients, their allocation to open invoices, and the credit they leave. */
package energy.mwolo.billing.payments;
