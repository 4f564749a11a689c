/**
 * Integration events published by geo-service: agencies on {@code geo.agency.events}, the company calendar
 * (public holidays, working hours) on {@code geo.calendar.events}.
 */
package energy.mwolo.contracts.geo;
