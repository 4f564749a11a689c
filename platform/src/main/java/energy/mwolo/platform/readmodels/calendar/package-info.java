/**
 * geo-service's company calendar as a service knows it (tables {@code read_holidays}, {@code read_working_hours},
 * kept from {@code geo.calendar.events}, and agencies' countries from the agencies read model): switched on with
 * {@code mwolo.read-models.calendar.enabled=true}, asked through {@link energy.mwolo.platform.calendar.WorkingCalendar}.
 */
package energy.mwolo.platform.readmodels.calendar;
