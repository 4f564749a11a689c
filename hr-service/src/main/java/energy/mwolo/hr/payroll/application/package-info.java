/** Payroll use cases: entering rates and monthly inputs, drafting, validating and paying runs, reading payslips. */
package energy.mwolo.hr.payroll.application;
