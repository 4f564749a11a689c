/** Accounts: registration, administration by role, lockout state, and the events of an account's life. */
package energy.mwolo.identity.accounts;
