/** The catalogue in JPA: a tariff entity owning its version entities, each with its blocks and charges. */
package energy.mwolo.billing.tariffs.persistence;
