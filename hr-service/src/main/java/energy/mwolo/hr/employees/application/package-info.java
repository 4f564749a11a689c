/** Use cases on employees, one transaction each, and what callers may see of them. */
package energy.mwolo.hr.employees.application;
