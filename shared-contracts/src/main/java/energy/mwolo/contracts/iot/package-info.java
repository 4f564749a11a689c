/**
 * Messages from meters, through their head-end: readings on {@code iot.meter-readings}, command acknowledgements
 * and alarms on {@code iot.meter-events}, both keyed by meter number.
 */
package energy.mwolo.contracts.iot;
