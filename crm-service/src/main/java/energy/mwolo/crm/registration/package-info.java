/**
 * Online accounts tied to clients: once identity confirms an account's email, a CLIENT account gets the client with
 * that email (if no other account has it) or a new prospect; staff may also tie an account to a client by hand.
 */
package energy.mwolo.crm.registration;
