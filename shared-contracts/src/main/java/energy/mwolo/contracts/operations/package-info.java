/**
 * Integration events published by operations-service: meters on {@code operations.meter.events}, field
 * interventions on {@code operations.intervention.events}.
 */
package energy.mwolo.contracts.operations;
