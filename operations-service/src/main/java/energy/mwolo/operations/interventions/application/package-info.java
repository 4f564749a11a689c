/** Use cases on interventions: scheduling, replanning, starting, completing, cancelling, browsing. */
package energy.mwolo.operations.interventions.application;
