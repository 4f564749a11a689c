/** Accounts: who a user is, their role, links, status and brute-force lockout, and the events they record. */
package energy.mwolo.identity.accounts.model;
