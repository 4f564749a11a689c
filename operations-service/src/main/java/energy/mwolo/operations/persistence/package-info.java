/** Storage helpers every feature's persistence shares: list filters and ordering in SQL, unique-key violations. */
package energy.mwolo.operations.persistence;
