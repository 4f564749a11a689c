/** Contracts: on what terms each site is supplied. */
package energy.mwolo.crm.contracts;
