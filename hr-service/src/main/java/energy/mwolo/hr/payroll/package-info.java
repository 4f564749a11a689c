/** Monthly payroll in USD and CDF: rates as dated data, runs from draft to paid, payslips and their PDFs. */
package energy.mwolo.hr.payroll;
