/**
 * The account side of linking customers to CRM clients: {@code crm.client.events} consumed idempotently, recording
 * on an account the client crm tied to it, under identity's own rules (confirmed, matching email; or a staff link).
 */
package energy.mwolo.identity.clients;
