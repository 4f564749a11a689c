/** billing-service: the money side of the utility (tariffs, rates, invoices, credit notes, billing runs). */
package energy.mwolo.billing;
