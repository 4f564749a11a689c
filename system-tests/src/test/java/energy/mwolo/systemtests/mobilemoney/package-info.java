/** Mobile money end to end: billing and the simulated providers under duplicates, crashes, forgeries and losses. */
package energy.mwolo.systemtests.mobilemoney;
