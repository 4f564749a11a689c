/**
 * What billing knows of crm's clients, sites and contracts: a read model kept from crm's events (late and repeated
 * deliveries change nothing), and the contracts a month bills.
 */
package energy.mwolo.billing.customers;
