/** The wording of registration and address-change mails, in French and English, sent through the service's mailer. */
package energy.mwolo.identity.registration.mail;
