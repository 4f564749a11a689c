/** ConsumptionRecorded through the outbox on {@code operations.consumption.events}, keyed by contract. */
package energy.mwolo.operations.consumption.messaging;
