/** Meters in PostgreSQL: JPA entities for a meter and its links, and the lists read with SQL. */
package energy.mwolo.operations.meters.persistence;
