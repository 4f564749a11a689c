/**
 * Self-registration and address confirmation: a registration opens an unconfirmed account (or, for a known address,
 * only tells its owner), a single-use link mailed to the address confirms it, and only then may the account be tied
 * to records found by that email. Also confirms the new address an administrator gives an account.
 */
package energy.mwolo.identity.registration;
