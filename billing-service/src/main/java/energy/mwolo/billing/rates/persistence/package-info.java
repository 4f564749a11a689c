/** Rates in plain tables read with JdbcClient: reference data, no aggregate to map. */
package energy.mwolo.billing.rates.persistence;
