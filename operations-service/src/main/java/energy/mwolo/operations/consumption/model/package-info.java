/** Billing periods, a meter's register at an instant (measured or interpolated), and a period's consumption. */
package energy.mwolo.operations.consumption.model;
