/** Employees' events to the outbox, as shared-contracts' records: public state only. */
package energy.mwolo.hr.employees.messaging;
