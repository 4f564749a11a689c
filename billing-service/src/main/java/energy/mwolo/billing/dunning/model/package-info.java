/** The dunning rules in plain Java: which step an invoice is due for, retries, a contract's standing. */
package energy.mwolo.billing.dunning.model;
