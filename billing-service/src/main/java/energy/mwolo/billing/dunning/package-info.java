/** Dunning: reminders of unpaid invoices on a schedule kept as data, and contracts reported overdue or settled. */
package energy.mwolo.billing.dunning;
