/** Tickets, their messages and assignments in PostgreSQL through Spring Data JPA, mapped explicitly to the model. */
package energy.mwolo.support.tickets.persistence;
