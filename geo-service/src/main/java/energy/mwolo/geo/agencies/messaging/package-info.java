/** Maps agency domain events to their published contracts (geo.agency.events) and writes them to the outbox. */
package energy.mwolo.geo.agencies.messaging;
