/** The tariff catalogue: named tariffs whose prices change by new versions from a date, and how they price a month. */
package energy.mwolo.billing.tariffs;
