/**
 * Mails this service sends (password links, address confirmations, notices): delivered over SMTP from one background
 * thread after the transaction that decided them commits, in French or English.
 */
package energy.mwolo.identity.mail;
