/** The payroll's rules and arithmetic, free of frameworks: rates in force, payslip figures, the run's states. */
package energy.mwolo.hr.payroll.model;
