/** Accounts: registration, administration by role, the sign-in throttle's state, and the events of an account's life. */
package energy.mwolo.identity.accounts;
