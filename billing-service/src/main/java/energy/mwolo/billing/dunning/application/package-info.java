/** Dunning's use cases: the pass (mark overdue, decide, send), the schedule, the history, contracts' standing. */
package energy.mwolo.billing.dunning.application;
