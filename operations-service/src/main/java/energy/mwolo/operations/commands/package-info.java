/**
 * Relay commands sent to meters on {@code iot.meter-commands}: each tracked until the meter acknowledges on
 * {@code iot.meter-events}, retried with back-off, failed after its expiry; a meter without remote relay gets a field
 * intervention instead.
 */
package energy.mwolo.operations.commands;
