/** JDBC helpers beyond Spring's: bulk writes by PostgreSQL's COPY. */
package energy.mwolo.platform.jdbc;
