/** One adapter per provider: its HTTP API, callback format, authentication and expected reply. */
package energy.mwolo.billing.mobilemoney.providers;
