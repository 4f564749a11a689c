/**
 * What every billing feature shares, and nothing else: money and its rounding, billing periods, the company's
 * time zone, API codes of enums and the two errors any feature raises. Plain Java; depends on no feature.
 */
package energy.mwolo.billing.kernel;
