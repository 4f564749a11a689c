/** Use cases on rates: accountants enter them; staff read them and ask which rate holds on a day. */
package energy.mwolo.billing.rates.application;
