/** Integration events published by cms-service: leads from the website, on {@code cms.lead.events}. */
package energy.mwolo.contracts.cms;
