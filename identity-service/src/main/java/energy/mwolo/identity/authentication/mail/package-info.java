/** Password mails over SMTP, in French, sent in the background after the transaction commits. */
package energy.mwolo.identity.authentication.mail;
