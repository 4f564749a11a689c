/** Employees: numbers, personal and contract details, the manager hierarchy, departures and account links. */
package energy.mwolo.hr.employees;
