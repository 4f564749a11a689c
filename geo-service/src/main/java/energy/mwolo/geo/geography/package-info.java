/** Geography: countries, provinces, communes, territories and nationalities, read by everyone, changed by few. */
package energy.mwolo.geo.geography;
