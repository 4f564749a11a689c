/**
 * Maps calendar domain events to their published contracts (geo.calendar.events) and writes them to the outbox;
 * announces reference data loaded by migrations once, at start.
 */
package energy.mwolo.geo.calendar.messaging;
