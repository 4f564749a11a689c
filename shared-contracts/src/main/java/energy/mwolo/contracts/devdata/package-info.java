/** The dev profile's seeded customer, named the same way by every service that seeds or shows a part of it. */
package energy.mwolo.contracts.devdata;
