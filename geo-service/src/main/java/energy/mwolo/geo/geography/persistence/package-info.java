/** PostgreSQL storage of the territory tree through Spring JDBC; constraint violations become domain errors. */
package energy.mwolo.geo.geography.persistence;
