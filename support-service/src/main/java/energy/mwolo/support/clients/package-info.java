/** crm's clients and sites as support knows them, from crm's events: who a ticket is about and where to write. */
package energy.mwolo.support.clients;
