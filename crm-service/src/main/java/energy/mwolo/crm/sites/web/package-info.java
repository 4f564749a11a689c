/** The sites HTTP API. */
package energy.mwolo.crm.sites.web;
