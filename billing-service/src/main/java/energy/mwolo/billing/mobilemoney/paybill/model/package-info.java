/** A paybill payment and its rules: credited once matched and confirmed, else parked until an accountant assigns it. */
package energy.mwolo.billing.mobilemoney.paybill.model;
