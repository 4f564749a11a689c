/** Integration events published by operations-service: consumption per contract and period on {@code operations.consumption.events}. */
package energy.mwolo.contracts.operations;
