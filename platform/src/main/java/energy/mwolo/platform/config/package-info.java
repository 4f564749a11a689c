/** Platform-wide defaults: properties, Flyway locations. */
package energy.mwolo.platform.config;
