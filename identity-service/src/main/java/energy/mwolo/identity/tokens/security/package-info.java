/**
 * This service as a resource server of its own tokens: verified against the key ring in memory (no HTTP call to its
 * own JWKS), RS256 only, {@code iss}, {@code aud}, {@code exp} and {@code nbf} checked with the service's clock.
 */
package energy.mwolo.identity.tokens.security;
