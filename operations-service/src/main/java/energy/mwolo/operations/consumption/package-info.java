/**
 * Consumption per metered contract and billing period (a month, Africa/Kinshasa): the register deltas over the
 * contract's meter links, published to billing as ConsumptionRecorded with a revision per correction.
 */
package energy.mwolo.operations.consumption;
