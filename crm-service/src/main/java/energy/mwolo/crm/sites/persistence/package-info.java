/** Sites in PostgreSQL. */
package energy.mwolo.crm.sites.persistence;
