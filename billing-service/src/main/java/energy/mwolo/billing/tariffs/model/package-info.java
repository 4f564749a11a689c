/**
 * Tariffs, their dated versions (monthly fee, per-kWh blocks, fixed charges) and the price sheet that turns a month
 * of supply into priced items.
 */
package energy.mwolo.billing.tariffs.model;
