/** Metered customers from the meter to the invoice: simulated readings, operations' consumption, billing. */
package energy.mwolo.systemtests.metering;
