/** Readings in PostgreSQL: batched statements against the monthly partitions, and the partitions' upkeep. */
package energy.mwolo.operations.readings.persistence;
