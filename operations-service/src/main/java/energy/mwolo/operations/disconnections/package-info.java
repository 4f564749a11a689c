/**
 * The collection loop: billing's overdue and settled accounts turned into safe disconnection and prompt reconnection
 * orders, each decision recorded with its reason.
 */
package energy.mwolo.operations.disconnections;
