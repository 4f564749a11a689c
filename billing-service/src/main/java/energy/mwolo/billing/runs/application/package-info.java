/** Starting a run (by an accountant or the schedule), working through it in batches, reading its progress. */
package energy.mwolo.billing.runs.application;
