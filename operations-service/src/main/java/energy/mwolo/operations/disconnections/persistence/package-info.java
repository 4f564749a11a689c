/** The collection loop's tables (migration V11), through JDBC. */
package energy.mwolo.operations.disconnections.persistence;
