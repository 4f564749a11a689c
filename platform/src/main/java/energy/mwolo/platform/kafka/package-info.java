/**
 * Kafka clients signed in as the service's own user, and the consumer failure policy: bounded retries, dead-letter
 * topics with the error in headers, a metric.
 */
package energy.mwolo.platform.kafka;
