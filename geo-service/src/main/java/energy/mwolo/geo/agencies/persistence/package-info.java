/** PostgreSQL storage of agencies and of their per-province code counters, through Spring JDBC. */
package energy.mwolo.geo.agencies.persistence;
