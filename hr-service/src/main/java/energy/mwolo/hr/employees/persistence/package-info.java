/** Employees in PostgreSQL through Spring Data JPA. */
package energy.mwolo.hr.employees.persistence;
