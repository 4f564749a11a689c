/** Website leads (cms.lead.events) become prospects with an interaction, idempotently. */
package energy.mwolo.crm.leads;
