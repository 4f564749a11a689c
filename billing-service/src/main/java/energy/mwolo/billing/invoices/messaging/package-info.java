/** The invoice's domain events mapped to billing's contract records and written to the outbox. */
package energy.mwolo.billing.invoices.messaging;
