/** Agencies: opening, revising and closing them, their generated codes and the events they publish. */
package energy.mwolo.geo.agencies.model;
