/**
 * geo-service's agencies as a service knows them (table {@code read_agencies}, kept from {@code geo.agency.events}):
 * switched on with {@code mwolo.read-models.agencies.enabled=true}, read through {@link
 * energy.mwolo.platform.readmodels.agencies.Agencies}.
 */
package energy.mwolo.platform.readmodels.agencies;
