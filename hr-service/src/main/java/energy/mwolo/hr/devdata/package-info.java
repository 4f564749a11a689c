/**
 * The dev profile's part of the devstack's story for hr: the employee records of the dev accounts that are staff,
 * with leave. Never active in another profile.
 */
package energy.mwolo.hr.devdata;
