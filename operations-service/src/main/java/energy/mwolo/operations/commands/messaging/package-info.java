/**
 * The commands' wiring to Kafka: commands onto {@code iot.meter-commands}, the {@code meterEvents-in-0} binding of
 * {@code iot.meter-events}, the outbox events, the dispatcher's schedule.
 */
package energy.mwolo.operations.commands.messaging;
