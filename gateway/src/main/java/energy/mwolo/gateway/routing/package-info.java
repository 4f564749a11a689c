/** Where requests go: one route per service, timeouts, circuit breakers and the 503 answer when a service is down. */
package energy.mwolo.gateway.routing;
