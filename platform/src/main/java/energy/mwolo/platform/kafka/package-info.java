/** Kafka consumer defaults: retry with back-off, dead-letter topics, request id in logs. */
package energy.mwolo.platform.kafka;
