/**
 * Use cases of the calendar (declaring, overriding and cancelling holidays; setting working hours), the reading
 * side, geo's own {@code WorkingCalendar}, and the one-time announcement of reference data.
 */
package energy.mwolo.geo.calendar.application;
