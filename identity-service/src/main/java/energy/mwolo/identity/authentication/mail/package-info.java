/** Password mails, worded in French and sent through the service's mailer after the transaction commits. */
package energy.mwolo.identity.authentication.mail;
