/** Runs in JPA; their items in bulk with JdbcClient; the per-month start lock as an advisory lock. */
package energy.mwolo.billing.runs.persistence;
