/** Site events onto crm.site.events through the outbox. */
package energy.mwolo.crm.sites.messaging;
