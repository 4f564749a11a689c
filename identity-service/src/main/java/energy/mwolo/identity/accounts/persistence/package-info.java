/** Accounts in PostgreSQL (table {@code users}), with Spring's JdbcClient. */
package energy.mwolo.identity.accounts.persistence;
