/** Use cases that change the territory tree and nationalities, and the read side that lists them. */
package energy.mwolo.geo.geography.application;
