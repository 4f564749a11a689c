/** HTTP API of the catalogue: {@code /api/billing/tariffs/} and a tariff's {@code versions/}. */
package energy.mwolo.billing.tariffs.web;
