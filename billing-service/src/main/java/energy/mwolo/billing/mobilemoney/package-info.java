/**
 * Collecting payments by mobile money: requests to the providers, their callbacks, and the one credit per provider
 * transaction.
 */
package energy.mwolo.billing.mobilemoney;
