/** The clients HTTP API. */
package energy.mwolo.crm.clients.web;
