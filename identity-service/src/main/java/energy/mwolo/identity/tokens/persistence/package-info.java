/** Signing keys in PostgreSQL (table {@code signing_keys}), private halves encrypted at rest. */
package energy.mwolo.identity.tokens.persistence;
