/** Leave in PostgreSQL: requests through Spring Data JPA, the append-only ledger through JdbcClient. */
package energy.mwolo.hr.leave.persistence;
