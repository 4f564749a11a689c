/** Signing in and out, self-registration, refresh-token rotation, password change and reset, brute-force limits. */
package energy.mwolo.identity.authentication;
