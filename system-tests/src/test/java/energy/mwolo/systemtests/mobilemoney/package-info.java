/** Customers paying by mobile money, end to end: the portal's steps through the gateway, with the simulator. */
package energy.mwolo.systemtests.mobilemoney;
