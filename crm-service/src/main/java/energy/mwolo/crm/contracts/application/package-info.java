/** Contract use cases. */
package energy.mwolo.crm.contracts.application;
