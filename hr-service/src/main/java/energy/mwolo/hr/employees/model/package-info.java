/** The employee aggregate and its rules, free of any framework. */
package energy.mwolo.hr.employees.model;
