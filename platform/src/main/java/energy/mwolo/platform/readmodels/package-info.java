/**
 * Local read models of other services' reference data, each switched on by a service with
 * {@code mwolo.read-models.<name>.enabled=true}: its table (own Flyway location), its idempotent consumer and a
 * query port.
 */
package energy.mwolo.platform.readmodels;
