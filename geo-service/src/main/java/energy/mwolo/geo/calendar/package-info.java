/**
 * The company calendar: public holidays per country (recurring, with per-year overrides, and extra days) and
 * agencies' weekly working hours, with the working-time answers every service computes the same way.
 */
package energy.mwolo.geo.calendar;
