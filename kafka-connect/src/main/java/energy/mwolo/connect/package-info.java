/**
 * Kafka Connect for the outboxes: a distributed worker configured from its environment, which registers one Debezium
 * connector per service outbox with the keys of the embedded relay (platform's {@code OutboxRelaySettings}).
 */
package energy.mwolo.connect;
