/** The employees' HTTP API under {@code /api/hr/employees/}. */
package energy.mwolo.hr.employees.web;
