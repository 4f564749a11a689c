/** The website's contact form: each message kept for staff and announced to crm as a lead. */
package energy.mwolo.cms.leads;
