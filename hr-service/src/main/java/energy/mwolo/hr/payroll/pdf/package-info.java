/** Payslips drawn as French A4 PDFs with the platform's embedded fonts. */
package energy.mwolo.hr.payroll.pdf;
