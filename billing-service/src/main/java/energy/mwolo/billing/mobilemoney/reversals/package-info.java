/**
 * A failure or reversal a provider reports after its success was credited: recorded once, told as an alert
 * (MobileMoneyReversalReported, a counter), never reversed automatically.
 */
package energy.mwolo.billing.mobilemoney.reversals;
