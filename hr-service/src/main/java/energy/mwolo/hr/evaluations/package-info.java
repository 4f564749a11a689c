/** Evaluations: periods, objectives scored 1 to 5 by the employee's manager, the employee's acknowledgement. */
package energy.mwolo.hr.evaluations;
