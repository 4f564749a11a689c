/** Contract events onto crm.contract.events through the outbox. */
package energy.mwolo.crm.contracts.messaging;
