/** Support agents per agency and categories, their availability, and the round robin that picks one for a ticket. */
package energy.mwolo.support.agents;
