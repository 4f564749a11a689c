/** Client events onto crm.client.events through the outbox. */
package energy.mwolo.crm.clients.messaging;
