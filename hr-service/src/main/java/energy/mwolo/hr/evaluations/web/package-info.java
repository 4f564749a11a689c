/** Evaluations' HTTP API under {@code /api/hr/evaluation-periods/} and {@code /api/hr/evaluations/}. */
package energy.mwolo.hr.evaluations.web;
