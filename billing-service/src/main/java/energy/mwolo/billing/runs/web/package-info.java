/** HTTP API of runs: {@code /api/billing/runs/}, a run's progress and the contracts it did not bill. */
package energy.mwolo.billing.runs.web;
