/** Tickets' events to Kafka through the outbox, and operations' meter events as system messages on tickets. */
package energy.mwolo.support.tickets.messaging;
