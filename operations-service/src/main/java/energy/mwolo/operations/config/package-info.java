/** Service-wide wiring: operations' clock. */
package energy.mwolo.operations.config;
