/** Site use cases. */
package energy.mwolo.crm.sites.application;
