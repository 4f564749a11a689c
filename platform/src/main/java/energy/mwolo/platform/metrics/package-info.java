/**
 * Helpers for the business counters that operators' alerts and dashboards read, and {@code OnCommit}, which holds work
 * back until its transaction commits.
 */
package energy.mwolo.platform.metrics;
