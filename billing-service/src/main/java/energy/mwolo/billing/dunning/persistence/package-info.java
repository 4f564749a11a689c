/** Dunning's tables (steps, reminders, standings) and its read of invoices, through JdbcClient. */
package energy.mwolo.billing.dunning.persistence;
