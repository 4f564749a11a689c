/** Use cases of the tariff catalogue: defining a tariff, adding a version from a date, reading the catalogue. */
package energy.mwolo.billing.tariffs.application;
