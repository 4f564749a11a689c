/** The dev profile's customer (identity's {@code client@mwolo.local}), seeded through the use cases at every start. */
package energy.mwolo.crm.devdata;
