/** The first super administrator of an environment (from its configuration), and the dev profile's accounts. */
package energy.mwolo.identity.bootstrap;
