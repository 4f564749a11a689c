/** Messages to people outside the platform: the SMS port and its HTTP adapter for the SMS gateway. */
package energy.mwolo.platform.notifications;
