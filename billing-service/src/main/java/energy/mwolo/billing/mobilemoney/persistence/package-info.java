/** Tables of mobile-money collection, through JdbcClient: requests, raw callbacks, credits. */
package energy.mwolo.billing.mobilemoney.persistence;
