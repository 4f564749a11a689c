/**
 * Integration events published by identity-service about user accounts, on {@code identity.user.events}. They never
 * carry a password, a hash or a token: only who, what and when.
 */
package energy.mwolo.contracts.identity;
