/** Public holidays and working hours as aggregates that guard their rules and record the events they publish. */
package energy.mwolo.geo.calendar.model;
