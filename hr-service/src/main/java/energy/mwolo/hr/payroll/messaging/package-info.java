/** PayrollValidated and PayslipIssued to hr.payroll.events through the outbox. */
package energy.mwolo.hr.payroll.messaging;
