/** The payroll's HTTP API under /api/hr/payroll-runs, /api/hr/payslips, /api/hr/payroll-inputs and rates. */
package energy.mwolo.hr.payroll.web;
