/** API gateway: authenticates, authorises coarsely, limits, routes and protects every request to the platform. */
package energy.mwolo.gateway;
