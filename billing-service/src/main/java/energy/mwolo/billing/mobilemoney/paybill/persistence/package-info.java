/** Table {@code mobile_money_paybill}, its credit rows, and the account references looked up in invoices and clients. */
package energy.mwolo.billing.mobilemoney.paybill.persistence;
