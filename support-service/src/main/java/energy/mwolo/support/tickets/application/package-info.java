/** Use cases on tickets, one transaction each: opening, writing, moving, assigning, browsing, watching deadlines. */
package energy.mwolo.support.tickets.application;
