/**
 * Use cases on invoices: pricing a contract's month, drafting, issuing, crediting and cancelling, discarding a
 * draft, marking overdue invoices, reading them within the caller's scope.
 */
package energy.mwolo.billing.invoices.application;
