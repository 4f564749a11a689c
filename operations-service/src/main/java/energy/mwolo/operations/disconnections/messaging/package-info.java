/** billing's account reports consumed for the collection loop. */
package energy.mwolo.operations.disconnections.messaging;
