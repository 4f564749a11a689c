/** Meters' events to Kafka through the outbox, mapped explicitly to the contract records. */
package energy.mwolo.operations.meters.messaging;
