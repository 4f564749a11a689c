/** Accounts: who a user is, their role, links, status, the sign-in throttle's rules and state, and the events they record. */
package energy.mwolo.identity.accounts.model;
