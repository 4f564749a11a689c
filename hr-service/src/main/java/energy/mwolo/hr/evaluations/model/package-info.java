/** An evaluation and its workflow rules, free of any framework. */
package energy.mwolo.hr.evaluations.model;
