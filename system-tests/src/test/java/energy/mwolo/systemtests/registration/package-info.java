/** A customer's registration across identity-service and crm-service, through the gateway. */
package energy.mwolo.systemtests.registration;
