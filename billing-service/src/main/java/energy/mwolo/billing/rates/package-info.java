/** Rates as data with dates: VAT and other tax rates with validity, and the daily USD/CDF exchange rate. */
package energy.mwolo.billing.rates;
