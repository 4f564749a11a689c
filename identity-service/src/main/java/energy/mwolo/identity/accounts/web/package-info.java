/** HTTP API of accounts: /api/accounts/users/ and the caller's own account at /api/auth/me/. */
package energy.mwolo.identity.accounts.web;
