/**
 * What every service's OpenAPI document says the same way: its name, purpose and version from the build, the gateway
 * as its one server, one path per operation, the bearer token and which operations need none, and the problem
 * answers every operation can give.
 */
package energy.mwolo.platform.apidocs;
