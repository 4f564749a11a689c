/** Signing access tokens, keeping the keys that sign and verify them, and rotating those keys. */
package energy.mwolo.identity.tokens.application;
