/**
 * Integration events published by operations-service: meters on {@code operations.meter.events}, field
 * interventions on {@code operations.intervention.events}, consumption per contract and period on
 * {@code operations.consumption.events}.
 */
package energy.mwolo.contracts.operations;
