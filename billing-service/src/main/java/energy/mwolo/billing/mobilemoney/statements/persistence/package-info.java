/** Table {@code mobile_money_reconciliations} and the credits a day compares. */
package energy.mwolo.billing.mobilemoney.statements.persistence;
