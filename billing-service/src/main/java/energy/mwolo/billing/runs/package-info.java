/**
 * Billing runs: one invoice per billable contract for a month, run in the background in batches, each its own
 * transaction, with its progress visible; a month is never billed twice for a contract.
 */
package energy.mwolo.billing.runs;
