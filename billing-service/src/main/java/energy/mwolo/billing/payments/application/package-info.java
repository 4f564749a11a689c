/** Payments recorded, confirmed and allocated; credit used on later invoices; balances and statements. */
package energy.mwolo.billing.payments.application;
