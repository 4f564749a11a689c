/** Messages to people outside the platform: the SMS and e-mail ports, with their HTTP and SMTP adapters. */
package energy.mwolo.platform.notifications;
