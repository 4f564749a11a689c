/** Links, readings around period bounds and published figures, in SQL. */
package energy.mwolo.operations.consumption.persistence;
