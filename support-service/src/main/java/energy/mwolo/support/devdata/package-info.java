/**
 * The dev profile's part of the devstack's story for support: the dev customer's ticket. Never active in another
 * profile.
 */
package energy.mwolo.support.devdata;
