/** The dev profile's meters: the devstack's simulated ones, installed and linked through the use cases. */
package energy.mwolo.operations.devdata;
