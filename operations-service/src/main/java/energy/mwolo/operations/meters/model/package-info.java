/** A meter, its links to contracts, its relay's state machine and the events its changes record. */
package energy.mwolo.operations.meters.model;
