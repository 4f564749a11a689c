/**
 * The account side of crm-service's registration saga: {@code crm.client.events} consumed idempotently, recording on
 * an account the CRM client created or linked for it.
 */
package energy.mwolo.identity.clients;
