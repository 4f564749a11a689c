/** HTTP API of rates: {@code /api/billing/exchange-rates/} and {@code /api/billing/tax-rates/}. */
package energy.mwolo.billing.rates.web;
