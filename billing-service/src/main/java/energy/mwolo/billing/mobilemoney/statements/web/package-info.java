/** {@code GET /api/billing/mobile-money/reconciliation/{provider}/{date}/}. */
package energy.mwolo.billing.mobilemoney.statements.web;
