/** PostgreSQL storage of public holidays, their overrides and working hours, through Spring JDBC. */
package energy.mwolo.geo.calendar.persistence;
