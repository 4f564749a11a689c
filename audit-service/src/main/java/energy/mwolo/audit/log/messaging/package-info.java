/** The one Kafka consumer that feeds the chain, by topic pattern, in batches, committing after the database. */
package energy.mwolo.audit.log.messaging;
