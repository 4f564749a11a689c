/** The dev profile's part of the devstack's story for geo: the dev agency. Never active in another profile. */
package energy.mwolo.geo.devdata;
