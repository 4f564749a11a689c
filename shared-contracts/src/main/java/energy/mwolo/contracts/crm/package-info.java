/** Integration events published by crm-service about clients, sites and contracts, on {@code crm.<aggregate>.events}. */
package energy.mwolo.contracts.crm;
