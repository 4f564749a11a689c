/** Runs and payslips through JPA; rates, exchange rates, inputs and the staff to pay through JdbcClient. */
package energy.mwolo.hr.payroll.persistence;
