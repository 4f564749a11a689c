/** Passwords: the policy a new password must meet, and Argon2id hashing. */
package energy.mwolo.identity.passwords;
