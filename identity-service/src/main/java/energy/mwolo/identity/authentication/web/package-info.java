/** HTTP API of sign-in: /api/auth/login|refresh|logout/ and /api/auth/password/... */
package energy.mwolo.identity.authentication.web;
