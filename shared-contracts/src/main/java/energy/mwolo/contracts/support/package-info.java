/**
 * Integration events published by support-service: customer tickets on {@code support.ticket.events}, keyed by
 * ticket id (opened, assigned, status changes, SLA breaches, resolution). Never a message's body.
 */
package energy.mwolo.contracts.support;
