/** Helpers for the business counters that operators' alerts and dashboards read. */
package energy.mwolo.platform.metrics;
