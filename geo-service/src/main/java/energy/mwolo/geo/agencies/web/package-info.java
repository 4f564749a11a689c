/** HTTP API of agencies: {@code /api/agencies/}; open agencies are public, changes need agencies permissions. */
package energy.mwolo.geo.agencies.web;
