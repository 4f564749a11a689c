/** Evaluations through Spring Data JPA (objectives as an ordered child collection), periods through JdbcClient. */
package energy.mwolo.hr.evaluations.persistence;
