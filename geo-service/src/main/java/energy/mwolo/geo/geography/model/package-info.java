/** The territory tree (country, province, commune, territory) and nationalities, and the rules that keep it whole. */
package energy.mwolo.geo.geography.model;
