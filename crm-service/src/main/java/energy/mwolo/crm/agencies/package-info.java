/** Which agencies exist and are open: a read model kept from geo-service's events, consumed idempotently. */
package energy.mwolo.crm.agencies;
