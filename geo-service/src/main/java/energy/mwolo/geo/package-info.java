/** geo-service: the territory tree (countries to territories), nationalities and the company's agencies. */
package energy.mwolo.geo;
