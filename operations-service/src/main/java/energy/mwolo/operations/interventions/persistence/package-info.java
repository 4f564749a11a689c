/** Interventions in PostgreSQL: the JPA entity behind the aggregate, and the lists read with SQL. */
package energy.mwolo.operations.interventions.persistence;
