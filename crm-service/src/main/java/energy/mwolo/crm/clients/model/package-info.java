/** Clients: who they are, how to reach them, and their status; plain Java. */
package energy.mwolo.crm.clients.model;
