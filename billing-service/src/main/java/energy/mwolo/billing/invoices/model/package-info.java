/**
 * The invoice aggregate (lines, totals, draft -> issued -> partially paid -> paid, overdue, cancelled by a credit
 * note, the balance payments are allocated against) and credit notes.
 */
package energy.mwolo.billing.invoices.model;
