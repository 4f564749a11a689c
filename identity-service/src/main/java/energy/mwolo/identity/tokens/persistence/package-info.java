/** Signing keys in PostgreSQL (table {@code signing_keys}), private halves encrypted with AES-256-GCM. */
package energy.mwolo.identity.tokens.persistence;
