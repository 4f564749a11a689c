/** Invoices and credit notes in JPA (entities mapped to and from the pure model), their lists with JdbcClient. */
package energy.mwolo.billing.invoices.persistence;
