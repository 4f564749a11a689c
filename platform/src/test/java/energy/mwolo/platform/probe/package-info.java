/**
 * A minimal service for the platform's integration tests: JPA for its own table (so the event consumer is proven
 * under a JpaTransactionManager), the agency and calendar read models switched on, and a consumer of website leads.
 */
package energy.mwolo.platform.probe;
