/** What the services' dev-profile seeds share: retrying until what they need has arrived. */
package energy.mwolo.platform.devdata;
