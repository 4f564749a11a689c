/** Receiving a paybill notification, assigning a parked payment, listing the parked ones. */
package energy.mwolo.billing.mobilemoney.paybill.application;
