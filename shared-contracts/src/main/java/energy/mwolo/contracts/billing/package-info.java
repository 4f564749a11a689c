/**
 * Integration events published by billing-service: invoices on {@code billing.invoice.events}, payments on
 * {@code billing.payment.events}, contracts' accounts (overdue, settled) on {@code billing.account.events}.
 */
package energy.mwolo.contracts.billing;
