/** HTTP API of the territory tree and nationalities: {@code /api/geo/...}, readable by anyone. */
package energy.mwolo.geo.geography.web;
