/** Confirmation links and registration attempts in PostgreSQL, with Spring's JdbcClient. */
package energy.mwolo.identity.registration.persistence;
