/** Ingesting batches of readings (validation, storage, meters' last reading and relay), and reading them back. */
package energy.mwolo.operations.readings.application;
