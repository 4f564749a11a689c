/** Access tokens: RS256 signing keys and their rotation, the JWKS and discovery documents, token verification. */
package energy.mwolo.identity.tokens;
