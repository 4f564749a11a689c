/** Contracts: terms, tariff and the draft-active-suspended-terminated state machine; plain Java. */
package energy.mwolo.crm.contracts.model;
