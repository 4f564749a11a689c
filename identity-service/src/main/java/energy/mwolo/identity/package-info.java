/** identity-service: accounts, sign-in and tokens (RS256, JWKS), the role-permission matrix and system settings. */
package energy.mwolo.identity;
