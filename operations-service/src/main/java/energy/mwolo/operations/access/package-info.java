/** Who may read and change operations' records, and which meters a customer sees. */
package energy.mwolo.operations.access;
