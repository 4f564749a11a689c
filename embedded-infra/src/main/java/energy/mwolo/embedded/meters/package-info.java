/**
 * A fleet of simulated smart meters publishing readings onto {@code iot.meter-readings} as their head-end would, for
 * the devstack and the system tests.
 */
package energy.mwolo.embedded.meters;
