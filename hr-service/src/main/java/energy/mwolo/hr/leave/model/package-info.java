/** The leave ledger and the leave request aggregate, free of any framework. */
package energy.mwolo.hr.leave.model;
