/** The catalogue of the platform's deployables: names, ports, gateway routes and database kinds, in one place. */
package energy.mwolo.contracts.services;
