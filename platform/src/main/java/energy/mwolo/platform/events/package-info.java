/**
 * Consuming events: the CloudEvents envelope of a Kafka record, and {@link energy.mwolo.platform.events.EventConsumer},
 * the declaration that makes a service's consumer idempotent (inbox row and effect in one transaction).
 */
package energy.mwolo.platform.events;
