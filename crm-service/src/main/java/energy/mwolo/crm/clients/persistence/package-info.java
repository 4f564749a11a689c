/** Clients in PostgreSQL. */
package energy.mwolo.crm.clients.persistence;
