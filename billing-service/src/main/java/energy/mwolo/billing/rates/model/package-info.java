/** Tax rates in force from a date, the day's exchange rate and the rule that finds the rate of a day. */
package energy.mwolo.billing.rates.model;
