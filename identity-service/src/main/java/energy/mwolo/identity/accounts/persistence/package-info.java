/** Accounts and the sign-in throttle's state in PostgreSQL (tables {@code users}, {@code sign_in_*}), with JdbcClient. */
package energy.mwolo.identity.accounts.persistence;
