/** An employee's attendance day and its rules, free of any framework. */
package energy.mwolo.hr.attendance.model;
