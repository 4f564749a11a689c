/** Clients: registration, details, status and ownership. */
package energy.mwolo.crm.clients;
