/**
 * Paybill (C2B) payments: money a customer sent to our paybill number naming a client or invoice number, with no
 * request of ours. Confirmed with the provider, matched to the client and credited once, or parked for an accountant.
 */
package energy.mwolo.billing.mobilemoney.paybill;
