/** The JWKS and OIDC discovery documents, and signing-key administration (/api/core/signing-keys/). */
package energy.mwolo.identity.tokens.web;
