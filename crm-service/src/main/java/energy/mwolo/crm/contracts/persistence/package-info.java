/** Contracts in PostgreSQL. */
package energy.mwolo.crm.contracts.persistence;
