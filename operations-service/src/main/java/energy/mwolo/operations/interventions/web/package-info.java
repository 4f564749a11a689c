/** The HTTP API of interventions: {@code /api/operations/interventions/}, with start, complete and cancel. */
package energy.mwolo.operations.interventions.web;
