/**
 * Where the platform's mails and SMS go on one machine: an SMTP catcher and an SMS gateway simulator, each listing
 * what it received over HTTP on loopback.
 */
package energy.mwolo.embedded.notifications;
