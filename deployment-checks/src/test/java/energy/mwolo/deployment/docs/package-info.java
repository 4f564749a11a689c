/** Checks that the operations guide says what the services really read. */
package energy.mwolo.deployment.docs;
