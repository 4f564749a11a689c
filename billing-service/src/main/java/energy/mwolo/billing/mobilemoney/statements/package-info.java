/**
 * The daily reconciliation of each provider's statement with the payments billing credited: matched, missing on our
 * side, missing on theirs, amount differences; run every night and kept, or on demand.
 */
package energy.mwolo.billing.mobilemoney.statements;
