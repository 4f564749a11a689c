/**
 * HTTP API of the calendar: public holidays under {@code /api/geo/holidays/}, working hours under
 * {@code /api/agencies/{id}/working-hours/} and {@code /api/geo/working-hours/}; reads are public, changes need
 * geo or agencies permissions.
 */
package energy.mwolo.geo.calendar.web;
