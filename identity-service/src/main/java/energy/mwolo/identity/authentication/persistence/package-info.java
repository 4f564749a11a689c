/** Refresh-token families and password tokens in PostgreSQL, by SHA-256 hash; a retry's pair kept encrypted. */
package energy.mwolo.identity.authentication.persistence;
