/** The payment aggregate, the allocation rule (oldest due first, converted at the received day's rate) and credit. */
package energy.mwolo.billing.payments.model;
