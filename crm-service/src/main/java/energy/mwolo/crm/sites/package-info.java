/** Service points (sites) where the company delivers power. */
package energy.mwolo.crm.sites;
