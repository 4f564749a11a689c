/** Attendance days in PostgreSQL through Spring Data JPA; approved leave days read through JdbcClient. */
package energy.mwolo.hr.attendance.persistence;
