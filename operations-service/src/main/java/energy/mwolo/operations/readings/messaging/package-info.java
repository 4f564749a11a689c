/** The device-facing binding of {@code iot.meter-readings} (Spring Cloud Stream, Kafka binder, batch mode). */
package energy.mwolo.operations.readings.messaging;
