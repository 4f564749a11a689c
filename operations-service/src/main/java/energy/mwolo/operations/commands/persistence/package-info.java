/** The commands and the meter events handled, in PostgreSQL through JdbcClient (the dispatcher skips locked rows). */
package energy.mwolo.operations.commands.persistence;
