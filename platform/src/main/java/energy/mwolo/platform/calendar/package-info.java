/**
 * Working-time arithmetic on the company calendar (public holidays, weekly hours, zone), plain Java so that
 * geo-service and every service that keeps the calendar from geo's events compute exactly the same answers.
 */
package energy.mwolo.platform.calendar;
