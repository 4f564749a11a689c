/**
 * The catalogue of the platform's deployables (names, ports, gateway routes, database kinds) and the Kafka ACL table
 * derived from it ({@link energy.mwolo.contracts.services.KafkaUsers}).
 */
package energy.mwolo.contracts.services;
