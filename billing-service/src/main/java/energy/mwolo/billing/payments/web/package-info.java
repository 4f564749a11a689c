/** The payments, balances and statement endpoints under {@code /api/billing/}. */
package energy.mwolo.billing.payments.web;
