/** Integration events published by geo-service about agencies, on {@code geo.agency.events}. */
package energy.mwolo.contracts.geo;
