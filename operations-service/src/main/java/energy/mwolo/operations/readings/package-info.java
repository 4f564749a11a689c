/**
 * Readings from meters: ingested from {@code iot.meter-readings} in batches, validated (VEE-lite flags), stored in
 * monthly partitions, and kept as each meter's last reading and last contact.
 */
package energy.mwolo.operations.readings;
