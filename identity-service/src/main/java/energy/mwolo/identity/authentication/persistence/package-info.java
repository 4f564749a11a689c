/** Refresh-token families and password tokens in PostgreSQL, by SHA-256 hash only. */
package energy.mwolo.identity.authentication.persistence;
