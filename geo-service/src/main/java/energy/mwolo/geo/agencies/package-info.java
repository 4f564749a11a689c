/** Agencies: the company's offices, placed in the territory tree, with generated codes and published events. */
package energy.mwolo.geo.agencies;
