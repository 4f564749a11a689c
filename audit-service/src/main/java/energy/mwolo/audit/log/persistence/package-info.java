/** The log in PostgreSQL: the append-only table, its search, and PostgreSQL as the judge of valid JSON. */
package energy.mwolo.audit.log.persistence;
