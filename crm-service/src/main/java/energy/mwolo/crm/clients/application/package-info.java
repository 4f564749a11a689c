/** Client use cases: registering, revising, status changes and reading with ownership. */
package energy.mwolo.crm.clients.application;
