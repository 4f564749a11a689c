/**
 * Smart meters: installation on a piece of equipment, the contract each one measures (links opened and closed at
 * register values, one meter per contract at a time), the remote relay's state, last reading and last contact.
 */
package energy.mwolo.operations.meters;
