/** The providers' statement files (CSV) as the simulator and the providers' portals deliver them. */
package energy.mwolo.billing.mobilemoney.statements.providers;
