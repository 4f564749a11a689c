/**
 * Mobile money end to end: the customer's payment through the gateway, and billing with the simulated providers under
 * duplicates, crashes, forgeries and losses.
 */
package energy.mwolo.systemtests.mobilemoney;
