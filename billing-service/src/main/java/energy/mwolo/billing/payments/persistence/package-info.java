/** Payments through Spring Data JPA, the credit ledger, balances and statements through JDBC. */
package energy.mwolo.billing.payments.persistence;
